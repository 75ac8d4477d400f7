package dev.ormplayground.data;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/** One record of a {@link CsvFile}, with typed getters that name the column and line when a value is bad. */
final class CsvRow {

    private final String file;
    private final long line;
    private final List<String> columns;
    private final CSVRecord record;

    CsvRow(String file, long line, List<String> columns, CSVRecord record) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.record = record;
    }

    long line() {
        return line;
    }

    String text(String column) {
        return record.get(columns.indexOf(column));
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
