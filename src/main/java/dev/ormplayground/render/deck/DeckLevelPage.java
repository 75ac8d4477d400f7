package dev.ormplayground.render.deck;

import dev.ormplayground.bench.LevelMeasurement;
import dev.ormplayground.export.ExportFooter;
import dev.ormplayground.format.Millis;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ladder.LevelSource;
import dev.ormplayground.render.FooterLabel;
import dev.ormplayground.render.LevelColors;
import dev.ormplayground.render.PictureSentences;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One ladder level on a 16:9 slide: its title and the article's tool, its figures beside the
 * level before's, and its change against that level, changed lines only, big enough for the back
 * of a room.
 */
public final class DeckLevelPage extends VBox {

    private static final int CHANGED_LINES = 17;
    private static final int LINE_CHARS = 72;

    public DeckLevelPage(LevelMeasurement level, LevelMeasurement before, ExportFooter footer) {
        getStyleClass().addAll("level-card", "deck-page");
        Level shown = level.level();
        Label badge = new Label(String.valueOf(shown.number()));
        badge.getStyleClass().addAll("badge", "card-badge", "level-badge", LevelColors.styleClass(shown));
        Label title = new Label(shown.title() + "  \u00b7  " + shown.articleTool());
        title.getStyleClass().add("title");
        Label mechanism = new Label(shown.mechanism());
        mechanism.getStyleClass().add("subtitle");
        HBox heading = new HBox(14, badge, new VBox(2, title, mechanism));

        VBox figures = figures(level, before);
        VBox change = change(level, before);
        figures.setPrefWidth(400);
        figures.setMinWidth(400);
        HBox.setHgrow(change, Priority.ALWAYS);
        HBox body = new HBox(18, figures, change);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(heading, body, new FooterLabel(footer));
        setAccessibleText(PictureSentences.card(level));
    }

    private static VBox figures(LevelMeasurement level, LevelMeasurement before) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("deck-figures");
        grid.add(heading(""), 0, 0);
        grid.add(heading("this level"), 1, 0);
        if (before != null) {
            grid.add(heading("level " + before.level().number() + " before"), 2, 0);
        }
        row(grid, 1, "statements", level, before, m -> String.valueOf(m.queries()));
        row(grid, 2, "median", level, before, m -> Millis.text(m.latencyMs().median()));
        row(grid, 3, "rows read", level, before, m -> String.format(Locale.ROOT, "%,d", m.rowsRead()));
        row(grid, 4, "same feed", level, before, m -> m.correct() ? "\u2713 yes" : "\u2717 no");
        for (int column = 0; column < 3; column++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHalignment(column == 0 ? HPos.LEFT : HPos.RIGHT);
            grid.getColumnConstraints().add(constraints);
        }
        Label section = new Label("Its figures");
        section.getStyleClass().add("section");
        VBox box = new VBox(10, section, grid);
        box.getStyleClass().add("panel");
        return box;
    }

    private static void row(GridPane grid, int row, String name, LevelMeasurement level, LevelMeasurement before,
                            Function<LevelMeasurement, String> figure) {
        Label label = new Label(name);
        label.getStyleClass().add("number-name");
        Label value = new Label(figure.apply(level));
        value.getStyleClass().add("deck-value");
        grid.add(label, 0, row);
        grid.add(value, 1, row);
        if (before != null) {
            Label earlier = new Label(figure.apply(before));
            earlier.getStyleClass().add("deck-before");
            grid.add(earlier, 2, row);
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("number-name");
        return label;
    }

    private static VBox change(LevelMeasurement level, LevelMeasurement before) {
        VBox box = new VBox(2);
        box.getStyleClass().add("panel");
        if (before == null) {
            Label section = new Label("Where the ladder starts: every relation the loop touches is a query of its own");
            section.getStyleClass().add("section");
            box.getChildren().add(section);
            // Its code as it is: every line of code counts as new against nothing.
            java.util.List<String> lines = ChangedLines.between("", LevelSource.of(level.level()), CHANGED_LINES).lines()
                    .stream().map(line -> line.substring(2)).toList();
            int indent = lines.stream().mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
            lines.forEach(line -> box.getChildren().add(codeLine(line.substring(indent), "deck-code")));
            return box;
        }
        ChangedLines change = ChangedLines.between(LevelSource.of(before.level()), LevelSource.of(level.level()),
                CHANGED_LINES);
        Label section = new Label("The change since level " + before.level().number() + " " + before.level().id());
        section.getStyleClass().add("section");
        box.getChildren().add(section);
        for (String line : change.lines()) {
            box.getChildren().add(codeLine(line, line.startsWith("+") ? "code-added" : "code-removed"));
        }
        if (change.hidden() > 0) {
            Label more = new Label("\u2026 and " + change.hidden() + " more changed lines");
            more.getStyleClass().add("subtitle");
            box.getChildren().add(more);
        }
        return box;
    }

    private static Label codeLine(String line, String style) {
        Label code = new Label(line.length() > LINE_CHARS ? line.substring(0, LINE_CHARS - 1) + "\u2026" : line);
        code.getStyleClass().addAll("deck-code", style);
        code.setMaxWidth(Double.MAX_VALUE);
        return code;
    }
}
