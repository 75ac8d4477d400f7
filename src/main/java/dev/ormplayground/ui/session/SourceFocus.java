package dev.ormplayground.ui.session;

import dev.ormplayground.run.StatementSource;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Ties the SQL list to the code pair: the line of the selected statement, which the code view
 * highlights, and the line whose badge was clicked, whose statements alone the SQL list shows.
 * Both belong to the last run; FX thread only.
 */
public final class SourceFocus {

    /** No line: every statement shows. */
    public static final int ALL_LINES = 0;

    private final ObjectProperty<StatementSource> selected = new SimpleObjectProperty<>(StatementSource.NONE);
    private final IntegerProperty filter = new SimpleIntegerProperty(ALL_LINES);

    /** The line of the statement selected in the SQL list; {@link StatementSource#NONE} when none. */
    public ObjectProperty<StatementSource> selectedProperty() {
        return selected;
    }

    /** The line whose statements alone the SQL list shows, or {@link #ALL_LINES}. */
    public IntegerProperty filterProperty() {
        return filter;
    }

    /** A badge click: shows only that line's statements, or all again if it was that line already. */
    public void toggleFilter(int line) {
        filter.set(filter.get() == line ? ALL_LINES : line);
    }
}
