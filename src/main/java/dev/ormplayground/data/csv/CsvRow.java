package dev.ormplayground.data.csv;

import dev.ormplayground.data.DataLoadException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/** One record of a {@link CsvFile}, with typed getters that name the column and line when a value is bad. */
final class CsvRow {

    private final String file;
    private final long line;
    private final List<String> columns;
    private final CSVRecord record;
    private final Map<String, Integer> maxLengths;

    CsvRow(String file, long line, List<String> columns, CSVRecord record, Map<String, Integer> maxLengths) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.record = record;
        this.maxLengths = maxLengths;
    }

    long line() {
        return line;
    }

    /**
     * The value as written; longer than its column holds, or holding a NUL, is an error here, not in
     * the database.
     */
    String text(String column) {
        String value = record.get(columns.indexOf(column));
        int nul = value.indexOf('\u0000');
        if (nul >= 0) { // H2 stores it, PostgreSQL refuses it without a line: refused on both, so both load alike
            throw error(String.format(Locale.ROOT, "%s has a NUL character (U+0000) at character %,d, which "
                    + "PostgreSQL cannot store: remove it", column, nul + 1));
        }
        Integer max = maxLengths.get(column);
        if (max != null && value.length() > max) { // String.length(), as H2 counts
            throw error(String.format(Locale.ROOT, "%s has %,d characters, at most %,d allowed", column,
                    value.length(), max));
        }
        return value;
    }

    /** A positive integer: ids and references. */
    long id(String column) {
        String value = text(column);
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below, with the column
        }
        throw error("bad number '" + value + "' in " + column + ", expected a positive integer");
    }

    LocalDateTime time(String column) {
        String value = text(column);
        try {
            return LocalDateTime.parse(value, BlogCsv.TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw error("bad date '" + value + "' in " + column + ", expected an ISO-8601 local date-time like "
                    + "2026-03-01T09:30:00");
        }
    }

    String oneOf(String column, Set<String> allowed) {
        String value = text(column);
        if (!allowed.contains(value)) {
            throw error("bad value '" + value + "' in " + column + ", expected one of " + String.join(", ",
                    allowed.stream().sorted().toList()));
        }
        return value;
    }

    DataLoadException error(String problem) {
        return new DataLoadException(file, line, problem);
    }
}
