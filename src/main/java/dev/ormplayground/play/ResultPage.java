package dev.ormplayground.play;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The rows of a console query as they are read: the first few kept as text, every one counted,
 * so the console can say "first 100 of 4,321 rows" without holding 4,321.
 */
final class ResultPage {

    /** Longer values (a post's body) are cut: a table cell shows one line. */
    static final int MAX_CELL_CHARACTERS = 300;

    private final int kept;
    private final List<List<String>> rows = new ArrayList<>();
    private List<String> columns;
    private long total;

    ResultPage(int kept) {
        this.kept = kept;
    }

    void columns(List<String> names) {
        columns = List.copyOf(names);
    }

    /** One row; {@code text} turns its values into cells, and is only asked for the rows kept. */
    void add(Object[] values, Function<Object, String> text) {
        if (rows.size() < kept) {
            List<String> row = new ArrayList<>(values.length);
            for (Object value : values) {
                row.add(cell(text.apply(value)));
            }
            rows.add(row);
        }
        total++;
    }

    /** Whether the rows from here on are only counted (so what they loaded may be let go). */
    boolean full() {
        return rows.size() >= kept;
    }

    long total() {
        return total;
    }

    List<String> columns() {
        return columns == null ? List.of() : columns;
    }

    List<List<String>> rows() {
        return rows;
    }

    private static String cell(String value) {
        String line = value.replaceAll("\\s*\\R\\s*", " ⏎ ");
        return line.length() > MAX_CELL_CHARACTERS ? line.substring(0, MAX_CELL_CHARACTERS - 1) + "…" : line;
    }
}
