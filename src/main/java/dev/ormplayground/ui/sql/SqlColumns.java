package dev.ormplayground.ui.sql;

import dev.ormplayground.format.Millis;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.HBox;

/**
 * The columns of the statement list: number, shape (with its N+1 badge), time, rows and the SQL
 * (with its similar and duplicate tags). Each but the SQL keeps its width in ems as user data;
 * the SQL takes what is left.
 */
final class SqlColumns {

    private SqlColumns() {
    }

    static List<TableColumn<SqlRow, ?>> all() {
        return List.of(
                column("#", 3, row -> row.position()),
                shapeColumn(),
                column("time", 5.8, row -> Millis.text(row.millis())),
                column("rows", 3.4, row -> String.format(Locale.ROOT, "%,d", row.rows())),
                sqlColumn());
    }

    private static TableColumn<SqlRow, String> column(String name, double ems,
                                                      Function<SqlRow, String> text) {
        TableColumn<SqlRow, String> column = new TableColumn<>(name);
        column.setUserData(ems);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<SqlRow, SqlRow> sqlColumn() {
        TableColumn<SqlRow, SqlRow> column = new TableColumn<>("SQL");
        column.setUserData(0.0);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new SqlTextCell());
        return column;
    }

    private static TableColumn<SqlRow, SqlRow> shapeColumn() {
        TableColumn<SqlRow, SqlRow> column = new TableColumn<>("shape");
        column.setUserData(7.6);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label shape = new Label();
            private final Label badge = new Label("N+1");
            private final HBox box = new HBox(shape, badge);

            {
                shape.getStyleClass().add("shape-chip");
                badge.getStyleClass().addAll("n-plus-one-badge", "row-badge");
                box.setAlignment(Pos.CENTER_LEFT);
                box.getStyleClass().add("shape-cell");
            }

            @Override
            protected void updateItem(SqlRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                shape.setText(row.shapeLabel());
                badge.setVisible(row.nPlusOne());
                setGraphic(box);
            }
        });
        return column;
    }
}
