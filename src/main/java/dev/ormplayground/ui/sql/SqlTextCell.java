package dev.ormplayground.ui.sql;

import dev.ormplayground.capture.StatementRepeats;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * The SQL of a row on one line, after django-debug-toolbar's tags: "20 similar" when other
 * statements share its SQL, "2 duplicates" when they share its values too; each tag's tooltip
 * says what it means and how to fix it.
 */
final class SqlTextCell extends TableCell<SqlRow, SqlRow> {

    private final Label similar = tag("similar-tag");
    private final Label duplicates = tag("duplicate-tag");
    private final Label sql = new Label();
    private final HBox box = new HBox(similar, duplicates, sql);

    SqlTextCell() {
        sql.setMinWidth(0);
        HBox.setHgrow(sql, Priority.ALWAYS);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("sql-cell");
    }

    private static Label tag(String kind) {
        Label tag = new Label();
        tag.getStyleClass().addAll("repeat-tag", kind);
        tag.setMinWidth(Label.USE_PREF_SIZE);
        tag.managedProperty().bind(tag.visibleProperty());
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(300));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tag.setTooltip(tip);
        return tag;
    }

    @Override
    protected void updateItem(SqlRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        similar.setVisible(row.similar() > 0);
        similar.setText(row.similar() + " similar");
        similar.getTooltip().setText(similarTip(row));
        duplicates.setVisible(row.duplicates() > 0);
        duplicates.setText(row.duplicates() + " duplicates");
        duplicates.getTooltip().setText(String.format(Locale.ROOT, "%s: duplicates (%s).%nFix: %s.",
                shape(row) ? row.duplicates() + " of these statements repeat another's values"
                        : "This SQL with these values ran " + row.duplicates() + " times",
                StatementRepeats.DUPLICATE_MEANS, StatementRepeats.DUPLICATE_FIX));
        sql.setText(row.oneLine());
        setGraphic(box);
    }

    private static boolean shape(SqlRow row) {
        return row.position().startsWith("S");
    }

    /** Similar statements that all bound the same values are no N+1: a join has nothing to fold. */
    private static String similarTip(SqlRow row) {
        if (row.similar() == row.duplicates()) {
            return String.format(Locale.ROOT, "This SQL ran %d times, always with the same values: similar as"
                    + " duplicates, no N+1.%nFix: %s.", row.similar(), StatementRepeats.DUPLICATE_FIX);
        }
        return String.format(Locale.ROOT, "This SQL ran %d times: %d similar statements (%s).%nFix: %s.",
                row.similar(), row.similar(), StatementRepeats.SIMILAR_MEANS, StatementRepeats.SIMILAR_FIX);
    }
}
