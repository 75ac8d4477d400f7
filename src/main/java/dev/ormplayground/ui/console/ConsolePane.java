package dev.ormplayground.ui.console;

import dev.ormplayground.play.ConsoleResult;
import dev.ormplayground.play.QueryLanguage;
import dev.ormplayground.ui.session.console.ConsoleModel;
import dev.ormplayground.ui.session.console.ConsoleSummary;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Skin;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Console view: a query typed in HQL or SQL, run with Ctrl+Enter or Run, and what the
 * database made of it: the rows ({@link ConsoleTable}), the SQL that reached it and its plan
 * ({@link ConsoleDetail}). Everything runs read-only; a refused write shows as one line.
 */
public final class ConsolePane extends VBox {

    private static final String HQL_NOTE = "HQL names the entities and their fields: Post, Comment, User, PostLike;"
            + " e.g. p.author.name, size(p.comments). Read-only: a write is refused.";
    private static final String SQL_NOTE = "SQL names the tables and columns: posts, comments, users, likes;"
            + " e.g. post_id, created_at. Read-only: a write is refused.";

    private final ConsoleModel model;
    private final TextArea editor = new TextArea();
    private final Label summary = new Label();
    private final Label error = new Label();
    private final ConsoleTable table = new ConsoleTable();
    private final ConsoleDetail detail = new ConsoleDetail();

    public ConsolePane(ConsoleModel model) {
        this.model = model;
        setId("consolePane");
        getStyleClass().addAll("panel", "console-pane");

        editor.setId("consoleEditor");
        editor.getStyleClass().add("console-editor");
        editor.setPrefRowCount(5);
        // Its least height (a few lines, in the stylesheet) is kept; the rows give way at big fonts.
        editor.textProperty().bindBidirectional(model.textProperty());

        summary.setId("consoleSummary");
        summary.getStyleClass().add("console-summary");
        summary.setMinWidth(0); // on a line of its own: never widens the window, whatever the font
        error.setId("consoleError");
        error.getStyleClass().add("console-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.setMinHeight(Region.USE_PREF_SIZE);
        showError(null, false);

        SplitPane results = new SplitPane(table, detail);
        results.setId("consoleResults");
        results.setDividerPositions(0.58);
        results.setMinHeight(0);
        table.setMinSize(0, 0); // squeezed by a big font, the rows scroll rather than spill over the summary
        detail.setMinSize(0, 0);
        VBox lower = new VBox(summary, error, results);
        lower.getStyleClass().add("console-lower");
        VBox.setVgrow(results, Priority.ALWAYS);
        SplitPane split = new SplitPane(editor, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.3);
        VBox.setVgrow(split, Priority.ALWAYS);

        getChildren().addAll(header(), split);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                model.run();
                event.consume(); // no line break in the editor
            }
        });
        model.resultProperty().addListener((obs, old, result) -> show(result));
        editor.fontProperty().addListener((obs, old, font) -> table.fontSize(font.getSize()));
    }

    private HBox header() {
        Label title = new Label("CONSOLE");
        title.getStyleClass().add("panel-title");
        title.setMinWidth(Region.USE_PREF_SIZE);

        ToggleGroup languages = new ToggleGroup();
        ToggleButton hql = language("HQL", QueryLanguage.HQL, languages, "Hibernate's query language, over the entities");
        ToggleButton sql = language("SQL", QueryLanguage.SQL, languages, "H2's SQL, over the tables, as typed");
        hql.getStyleClass().add("segment-first");
        sql.getStyleClass().add("segment-last");
        languages.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one language is always chosen
            } else {
                model.languageProperty().set((QueryLanguage) now.getUserData());
            }
        });
        model.languageProperty().addListener((obs, old, now) -> (now == QueryLanguage.SQL ? sql : hql).setSelected(true));
        HBox switcher = new HBox(hql, sql);
        switcher.getStyleClass().add("segmented");
        switcher.setMinWidth(Region.USE_PREF_SIZE);

        Button run = new Button("Run");
        run.setId("consoleRun");
        run.getStyleClass().add("run-button");
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.setTooltip(new Tooltip("Runs the query read-only (Ctrl+Enter)"));
        run.setOnAction(e -> model.run());
        run.disableProperty().bind(model.busyProperty());
        run.textProperty().bind(model.busyProperty().map(busy -> busy ? "Running…" : "Run"));

        Label keys = new Label("Ctrl+Enter");
        keys.getStyleClass().add("key-hint");
        keys.setMinWidth(Region.USE_PREF_SIZE);
        Label note = new Label();
        note.setId("consoleNote");
        note.getStyleClass().add("panel-note");
        note.setTextOverrun(OverrunStyle.ELLIPSIS);
        note.setMinWidth(0);
        note.textProperty().bind(model.languageProperty().map(in -> in == QueryLanguage.SQL ? SQL_NOTE : HQL_NOTE));
        note.setTooltip(new Tooltip());
        note.getTooltip().textProperty().bind(note.textProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        note.setMaxWidth(Double.MAX_VALUE);

        HBox header = new HBox(title, switcher, run, keys, note);
        header.getStyleClass().addAll("panel-header", "console-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private ToggleButton language(String text, QueryLanguage target, ToggleGroup group, String tip) {
        ToggleButton button = new ToggleButton(text);
        button.setId("console" + text);
        button.setUserData(target);
        button.setToggleGroup(group);
        button.setSelected(model.languageProperty().get() == target);
        button.setTooltip(new Tooltip(tip));
        button.getStyleClass().add("segment");
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private void show(ConsoleResult result) {
        summary.setText(result == null ? "" : ConsoleSummary.of(result));
        showError(result == null ? null : result.error(), result != null && result.refused());
        table.show(result, editor.getFont().getSize());
        detail.show(result);
    }

    private void showError(String line, boolean refused) {
        error.setText(line == null ? "" : line);
        error.setVisible(line != null);
        error.setManaged(line != null);
        error.getStyleClass().remove("console-refused");
        if (refused) {
            error.getStyleClass().add("console-refused");
        }
    }

    /** Gives the editor the keyboard: switching to the Console is to type a query. */
    public void focusEditor() {
        if (editor.getSkin() == null) { // shown for the first time: it takes the focus once it has a skin
            editor.skinProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Skin<?>> obs, Skin<?> old, Skin<?> skin) {
                    editor.skinProperty().removeListener(this);
                    Platform.runLater(editor::requestFocus);
                }
            });
        } else {
            editor.requestFocus();
        }
    }
}
