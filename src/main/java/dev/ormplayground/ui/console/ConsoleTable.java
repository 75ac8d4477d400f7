package dev.ormplayground.ui.console;

import dev.ormplayground.play.ConsoleResult;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A console result's rows, one column per selected item; columns as wide as their longest value
 * (within reason) at the window's font, so a title is read without dragging a divider.
 */
final class ConsoleTable extends TableView<List<String>> {

    private static final int MIN_CHARACTERS = 6;
    private static final int MAX_CHARACTERS = 40;
    /** The width of an average character of the table's font, as a share of the font size. */
    private static final double CHARACTER_WIDTH = 0.62;
    private static final String WAITING = "Type a query above and press Ctrl+Enter (or Run).";

    private final Label placeholder = new Label();
    private ConsoleResult shown;

    ConsoleTable() {
        setId("consoleTable");
        getStyleClass().add("console-table");
        placeholder.setText(WAITING);
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        setPlaceholder(placeholder);
    }

    void show(ConsoleResult result, double fontSize) {
        shown = result;
        getColumns().clear();
        placeholder.setText(result == null ? WAITING : result.failed() ? "No rows: the line above says why."
                : "The query returned no row.");
        if (result == null || result.failed()) {
            setItems(FXCollections.observableArrayList());
            return;
        }
        for (int i = 0; i < result.columns().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(result.columns().get(i));
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(index)));
            column.setSortable(false); // the order is the query's
            getColumns().add(column);
        }
        fontSize(fontSize);
        setItems(FXCollections.observableArrayList(result.rows()));
    }

    /** Widths for this font size: Ctrl +/- changes it while a result shows. */
    void fontSize(double size) {
        if (shown == null || shown.failed()) {
            return;
        }
        for (int i = 0; i < getColumns().size(); i++) {
            int longest = shown.columns().get(i).length();
            for (List<String> row : shown.rows()) {
                longest = Math.max(longest, row.get(i).length());
            }
            int characters = Math.max(MIN_CHARACTERS, Math.min(MAX_CHARACTERS, longest + 2));
            getColumns().get(i).setPrefWidth(characters * size * CHARACTER_WIDTH);
        }
    }
}
