package dev.ormplayground.ui.run;

import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.db.NetworkMode;
import dev.ormplayground.format.Millis;
import dev.ormplayground.format.Words;
import dev.ormplayground.run.RunResult;
import dev.ormplayground.ui.common.WideOnly;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.work.Messages;
import dev.ormplayground.ui.work.RunView;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The big numbers of the last run, readable from the back of a room: queries, median latency
 * of the level's recent runs, rows read, allocated KB, and whether the feed equals naive's;
 * above them, how the run reached the database (in-process, tcp, simulated round trip).
 */
public final class NumbersPane extends VBox {

    private final Label caption = new Label("No run yet: pick a level and press Enter.");
    private final Label connection = new Label();
    private final Label queries = value("queriesValue");
    private final Label queriesNote = note();
    private final Label median = value("medianValue");
    private final Label medianNote = note();
    private final Label rows = value("rowsValue");
    private final Label rowsNote = note();
    private final Label allocated = value("allocatedValue");
    private final Label allocatedNote = note();
    private final Label correct = new Label("–");
    private final Label correctNote = note();
    private final HBox captionRow;
    private final Label coldChip = new Label(Messages.COLD);
    private static final PseudoClass COLD = PseudoClass.getPseudoClass("cold");

    public NumbersPane(PlaygroundSession session) {
        setId("numbers");
        medianNote.setId("medianNote");
        rowsNote.setId("rowsNote");
        getStyleClass().addAll("panel", "numbers");
        caption.getStyleClass().add("numbers-caption");
        caption.setMinWidth(0);
        connection.setId("runConnection");
        connection.getStyleClass().add("connection-chip");
        connection.setMinWidth(Region.USE_PREF_SIZE);
        connection.setTooltip(new javafx.scene.control.Tooltip("How this run reached the database"));
        connection.managedProperty().bind(connection.visibleProperty());
        connection.setVisible(false);
        coldChip.setId("coldChip");
        coldChip.getStyleClass().add("cold-chip");
        coldChip.setMinWidth(Region.USE_PREF_SIZE);
        coldChip.managedProperty().bind(coldChip.visibleProperty());
        coldChip.setVisible(false);
        captionRow = new HBox(connection, coldChip, caption);
        captionRow.getStyleClass().add("numbers-caption-row");
        captionRow.setAlignment(Pos.CENTER_LEFT);

        correct.setId("correctBadge");
        correct.getStyleClass().add("correct-badge");
        correct.setMinWidth(Region.USE_PREF_SIZE);
        correctNote.setId("correctNote");

        // A flow, not a row: with big fonts on a small screen the badge moves below, no number is cut.
        VBox allocation = tile("ALLOCATED", allocated, allocatedNote);
        WideOnly.mark(allocation); // the figure a small screen leaves out, so the others keep one row
        FlowPane tiles = new FlowPane(
                tile("QUERIES", queries, queriesNote),
                tile("MEDIAN LATENCY", median, medianNote),
                tile("ROWS READ", rows, rowsNote),
                allocation,
                tile("CORRECT?", correct, correctNote));
        tiles.getStyleClass().add("tiles");
        getChildren().addAll(captionRow, tiles);

        session.lastRunProperty().addListener((obs, old, view) -> show(view));
        session.guessFirst().heldProperty().addListener((obs, old, held) -> {
            if (held != null) {
                hide(held);
            }
        });
    }

    /** The run is done, its figures wait for the room's guess. */
    private void hide(RunView held) {
        caption.setText(String.format(Locale.ROOT, "Run #%d · level %d %s · guess first: how many queries, how many ms?"
                + " Enter reveals", held.runNumber(), held.level().number(), held.level().id()));
        for (Label value : new Label[] {queries, median, rows, allocated}) {
            value.setText("?");
        }
        for (Label note : new Label[] {queriesNote, medianNote, rowsNote, allocatedNote, correctNote}) {
            note.setText("your guess?");
        }
        correct.setText("?");
        correct.getStyleClass().removeAll("badge-ok", "badge-bad");
    }

    /**
     * One row of figures without their captions' line and notes, for big fonts on a small screen:
     * the run's caption is in the status line too.
     */
    public void compact(boolean small) {
        captionRow.setVisible(!small);
        captionRow.setManaged(!small);
        for (Label note : new Label[] {queriesNote, medianNote, rowsNote, allocatedNote, correctNote}) {
            note.setVisible(!small);
            note.setManaged(!small);
        }
    }

    private static Label value(String id) {
        Label label = new Label("–");
        label.setId(id);
        label.getStyleClass().add("tile-value");
        label.setMinWidth(Region.USE_PREF_SIZE); // a big number is never cut
        return label;
    }

    private static Label note() {
        Label label = new Label(" ");
        label.getStyleClass().add("tile-note");
        label.setMinWidth(0);
        return label;
    }

    private static VBox tile(String name, Label value, Label note) {
        Label caption = new Label(name);
        caption.getStyleClass().add("tile-caption");
        VBox tile = new VBox(caption, value, note);
        tile.getStyleClass().add("tile");
        tile.setAlignment(Pos.TOP_LEFT);
        tile.setMinWidth(Region.USE_PREF_SIZE);
        return tile;
    }

    private void show(RunView view) {
        RunResult result = view.result();
        ConnectionSettings settings = result.connection();
        connection.setText(settings.describe());
        connection.setVisible(true);
        connection.getStyleClass().remove("connection-slow");
        if (settings.network() != NetworkMode.IN_PROCESS || settings.rttMillis() > 0) {
            connection.getStyleClass().add("connection-slow");
        }
        caption.setText(String.format(Locale.ROOT, "Run #%d · level %d %s (%s) · page size %d · %s",
                view.runNumber(), view.level().number(), view.level().id(), view.level().articleTool(),
                result.pageSize(), view.dataSet()));

        queries.setText(String.valueOf(result.queries()));
        long nPlusOne = view.nPlusOneShapes();
        queriesNote.setText(String.format(Locale.ROOT, "%s%s · Hibernate: %d",
                Words.count(view.groups().size(), "shape", "shapes"), nPlusOne > 0 ? ", " + nPlusOne + " N+1" : "",
                result.hibernateStatements()));

        median.setText(Millis.text(view.medianMillis()));
        // A figure from a JVM still compiling is drawn grey and says so: it must not pass for the level's.
        median.pseudoClassStateChanged(COLD, !view.medianWarm());
        medianNote.pseudoClassStateChanged(COLD, !view.warm());
        medianNote.setText(view.warm() ? "of " + Words.count(view.medianRuns(), "warm run", "warm runs") + " · this run "
                + Millis.text(result.elapsedMillis()) : "this run: JVM still warming up");
        coldChip.setVisible(!view.warm());
        medianNote.setTooltip(view.warm() ? null : new Tooltip("This run came before the level's latency held still:"
                + " the JVM was still compiling its code. The window warms every level up in the background"
                + " and marks the figures that count."));

        rows.setText(String.format(Locale.ROOT, "%,d", result.rowsRead()));
        rowsNote.setText("for " + Words.count(result.items().size(), "feed item", "feed items")
                + (result.cache().any() ? String.format(Locale.ROOT, " · cache %,d hits, %,d misses",
                result.cache().hits(), result.cache().misses()) : ""));
        // Region by region, as feed prints it: where the rows the database did not send came from.
        rowsNote.setTooltip(result.cache().any() ? new Tooltip(result.cache().summary() + "\n"
                + String.join("\n", result.cache().lines())) : null);

        allocated.setText(String.format(Locale.ROOT, "%,d KB", Math.round(result.allocatedBytes() / 1024.0)));
        allocatedNote.setText("by the running thread");

        correct.getStyleClass().removeAll("badge-ok", "badge-bad");
        if (result.correct()) {
            correct.setText("✔ " + RunResult.SAME_FEED);
            correct.getStyleClass().add("badge-ok");
            correctNote.setText(Words.count(result.items().size(), "item", "items") + ", counts and comments equal");
        } else {
            correct.setText("✘ feed differs");
            correct.getStyleClass().add("badge-bad");
            correctNote.setText(result.difference());
            correctNote.setTooltip(new javafx.scene.control.Tooltip(result.difference()));
        }
    }
}
