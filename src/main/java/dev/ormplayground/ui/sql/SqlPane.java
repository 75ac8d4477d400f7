package dev.ormplayground.ui.sql;

import dev.ormplayground.capture.SqlFormatter;
import dev.ormplayground.format.Millis;
import dev.ormplayground.format.Words;
import dev.ormplayground.run.CacheFigures;
import dev.ormplayground.run.StatementSource;
import dev.ormplayground.ui.common.FontScale;
import dev.ormplayground.ui.common.PanelHeader;
import dev.ormplayground.ui.common.WideOnly;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.session.SourceFocus;
import dev.ormplayground.ui.work.RunView;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.DoubleExpression;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What went to the database: one row per statement in execution order (or one per shape), each
 * with its shape, time and rows; shapes that ran once per feed item carry an N+1 badge, and
 * similar and duplicate statements their tags, counted with their fixes above the list. The
 * selected row's SQL is shown formatted, highlighted and with its bound values, ready to copy,
 * and its plan on request.
 */
public final class SqlPane extends VBox {

    private static final PseudoClass N_PLUS_ONE = PseudoClass.getPseudoClass("n-plus-one");

    private final TableView<SqlRow> table = new TableView<>();
    private final StatementDetail detail;
    private final SplitPane split;
    /** A divider this far down leaves the statement in full no room: it counts as closed. */
    public static final double DETAIL_CLOSED = 0.95;
    private final Label summary = new Label("No statements yet.");
    private final Label nPlusOneBadge = new Label();
    private final RepeatsNote repeats = new RepeatsNote();
    private final ToggleButton byShape = new ToggleButton("By shape");
    private final SourceFocus focus;
    private RunView view;
    /** While the rows are replaced: the selection passes through none, which is not the user's. */
    private boolean refilling;

    public SqlPane(PlaygroundSession session, FontScale fontScale) {
        setId("sqlPane");
        getStyleClass().addAll("panel", "sql-pane");
        // Not as wide as its header's buttons: big fonts on a small screen would push the pane past
        // its place, its right side cut, and the note above the list would wrap to the unseen width.
        minWidthProperty().bind(fontScale.sizeProperty().multiply(12));

        Label title = WideOnly.panelTitle("CAPTURED SQL");
        summary.setId("sqlSummary");
        summary.getStyleClass().add("panel-note");
        summary.setMinWidth(0);
        nPlusOneBadge.setId("nPlusOneBadge");
        nPlusOneBadge.getStyleClass().add("n-plus-one-badge");
        nPlusOneBadge.setMinWidth(Region.USE_PREF_SIZE);
        nPlusOneBadge.managedProperty().bind(nPlusOneBadge.visibleProperty());
        nPlusOneBadge.setVisible(false);
        byShape.setTooltip(new Tooltip("One row per SQL shape instead of one per statement"));
        byShape.selectedProperty().addListener((obs, was, shapes) -> showRows(true));
        Button copy = new Button("Copy SQL");
        WideOnly.shortens(copy, "Copy"); // all of the header's buttons on a projector's small screen
        copy.setTooltip(new Tooltip("Copy the selected statement with its values (Ctrl+C); all if none is selected"));
        copy.setOnAction(e -> copy());
        HBox header = new PanelHeader(List.of(title, nPlusOneBadge, summary), List.of(byShape, copy))
                .keepingWhole(title, byShape, copy);

        focus = session.sourceFocus();
        setUpTable(fontScale);
        detail = new StatementDetail(session.plans(), id -> session.select(session.ladder().byId(id).number()));

        // The note goes with the list: were it above the split, its lines coming and going would
        // move the divider, which would then count as the user's and no longer follow the layout.
        VBox list = new VBox(repeats, table);
        list.getStyleClass().add("sql-list");
        VBox.setVgrow(table, Priority.ALWAYS);
        split = new SplitPane(list, new StackPane(detail)); // a pane of its own: see FocusMode
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        detail.setMinHeight(0); // may be closed to give the list the whole panel
        ((Region) detail.getParent()).setMinHeight(0);
        // A statement clicked while its detail is closed opens it.
        table.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (detailDivider().get() > DETAIL_CLOSED) {
                detailDivider().set(0.5);
            }
        });
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(header, split);

        session.lastRunProperty().addListener((obs, old, run) -> {
            boolean sameLevel = old != null && run != null && old.level() == run.level();
            view = run;
            showRows(sameLevel);
        });
        focus.filterProperty().addListener((obs, old, line) -> showRows(false));
    }

    /** Where the statement list ends and the statement in full begins, from 0 (top) to 1. */
    public DoubleProperty detailDivider() {
        return split.getDividers().get(0).positionProperty();
    }

    /** The selected statement in full, with its plan: a panel of its own in focus mode. */
    public StatementDetail detail() {
        return detail;
    }

    private void setUpTable(FontScale fontScale) {
        table.setId("sqlTable");
        table.setPlaceholder(new Label("Run a level to see its SQL."));
        table.getColumns().setAll(SqlColumns.all());
        DoubleExpression others = new SimpleDoubleProperty(0);
        for (int i = 0; i < table.getColumns().size() - 1; i++) {
            TableColumn<SqlRow, ?> column = table.getColumns().get(i);
            double ems = (double) column.getUserData();
            column.prefWidthProperty().bind(fontScale.sizeProperty().multiply(ems));
            others = others.add(column.widthProperty());
        }
        TableColumn<SqlRow, ?> sqlColumn = table.getColumns().get(table.getColumns().size() - 1);
        // The SQL column fills what is left; a scroll bar's width stays free so no horizontal one appears.
        sqlColumn.prefWidthProperty().bind(table.widthProperty().subtract(others)
                .subtract(fontScale.sizeProperty().multiply(2.2)));
        table.getColumns().get(2).getStyleClass().add("number-column");
        table.getColumns().get(3).getStyleClass().add("number-column");
        sqlColumn.getStyleClass().add("sql-column");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SqlRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(N_PLUS_ONE, !empty && row != null && row.nPlusOne());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!refilling) {
                showDetail(row);
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.isShortcutDown() && event.getCode() == KeyCode.C) {
                copy();
                event.consume();
            }
        });
    }

    private void showRows(boolean keepSelection) {
        if (view == null) {
            return;
        }
        int selected = table.getSelectionModel().getSelectedIndex();
        int line = focus.filterProperty().get();
        List<SqlRow> rows = byShape.isSelected() ? SqlRow.shapes(view, line) : SqlRow.statements(view, line);
        refilling = true;
        try {
            table.getItems().setAll(rows);
        } finally {
            refilling = false;
        }

        repeats.show(view);
        long nPlusOne = view.nPlusOneShapes();
        nPlusOneBadge.setVisible(nPlusOne > 0);
        nPlusOneBadge.setText(nPlusOne == 1 ? "N+1" : "N+1 ×" + nPlusOne);
        int statements = view.result().queries();
        summary.setText(line != SourceFocus.ALL_LINES
                ? String.format(Locale.ROOT, "%s of %d from line %d · %s in the database · click its badge again for all",
                        Words.count(rows.size(), byShape.isSelected() ? "shape" : "statement",
                                byShape.isSelected() ? "shapes" : "statements"), statements, line,
                        Millis.text(rows.stream().mapToDouble(SqlRow::millis).sum()))
                : String.format(Locale.ROOT, "%s in %s · %s in the database",
                        Words.count(statements, "statement", "statements"),
                        Words.count(view.groups().size(), "shape", "shapes"),
                        Millis.text(rows.stream().mapToDouble(SqlRow::millis).sum()))
                        + cacheSummary(view.result().cache()));
        // Region by region, as feed prints them: what the caches answered instead of the database.
        summary.setTooltip(view.result().cache().any() ? new Tooltip(view.result().cache().summary() + "\n"
                + String.join("\n", view.result().cache().lines())) : null);

        if (rows.isEmpty()) {
            showDetail(null);
            return;
        }
        int select = keepSelection && selected >= 0 && selected < rows.size() ? selected : firstWorthShowing(rows);
        refilling = true;
        try {
            table.getSelectionModel().clearAndSelect(select);
        } finally {
            refilling = false;
        }
        showDetail(rows.get(select)); // once, not through "nothing selected" first: the code pair redraws for each
        if (select != selected || !keepSelection) {
            table.scrollTo(Math.max(0, select - 2));
        }
    }

    /** The first N+1 statement, the one a learner should look at; else the first. */
    private static int firstWorthShowing(List<SqlRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).nPlusOne()) {
                return i;
            }
        }
        return 0;
    }

    private void showDetail(SqlRow row) {
        detail.show(view, row, byShape.isSelected());
        StatementSource source = row == null || view == null ? StatementSource.NONE : view.sourceOf(row.statement());
        if (!source.equals(focus.selectedProperty().get())) { // the same line again: the code pair stays as drawn
            focus.selectedProperty().set(source);
        }
    }

    private void copy() {
        SqlRow row = table.getSelectionModel().getSelectedItem();
        String text = row != null
                ? SqlFormatter.format(row.sql()) + ";"
                : table.getItems().stream().map(r -> SqlFormatter.format(r.sql()) + ";")
                        .collect(Collectors.joining("\n\n"));
        if (text.isBlank()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** e.g. {@code  · caches: 801 hits, 0 misses, 0 puts}; nothing for a run with no cache in its path. */
    private static String cacheSummary(CacheFigures cache) {
        return cache.any() ? String.format(Locale.ROOT, " · caches: %,d hits, %,d misses, %,d puts",
                cache.hits(), cache.misses(), cache.puts()) : "";
    }
}
