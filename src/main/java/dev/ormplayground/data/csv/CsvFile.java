package dev.ormplayground.data.csv;

import dev.ormplayground.data.DataLoadException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of a data set, read strictly: UTF-8 only, the exact header, the same number of
 * columns on every record. Every problem becomes a {@link DataLoadException} naming the file
 * and the line where the bad record starts.
 */
final class CsvFile implements AutoCloseable {

    private final String name;
    private final List<String> columns;
    private final Map<String, Integer> maxLengths;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long linesBefore;

    private CsvFile(String name, List<String> columns, Map<String, Integer> maxLengths, CSVParser parser) {
        this.name = name;
        this.columns = columns;
        this.maxLengths = maxLengths;
        this.parser = parser;
        this.records = parser.iterator();
    }

    /** Opens the file; {@code maxLengths} are the characters a column may hold, by column name. */
    static CsvFile open(Path folder, String name, List<String> columns, Map<String, Integer> maxLengths) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new DataLoadException(name, 0, "file is missing: expected " + file.toAbsolutePath());
        }
        try {
            Reader reader = new BufferedReader(new StrictUtf8Reader(
                    new BufferedInputStream(Files.newInputStream(file), 1 << 16)), 1 << 16);
            CsvFile csv = new CsvFile(name, columns, maxLengths, CSVParser.builder().setReader(reader)
                    .setFormat(BlogCsv.FORMAT).get());
            csv.checkHeader();
            return csv;
        } catch (IOException e) {
            throw new DataLoadException(name, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    private void checkHeader() {
        CSVRecord header = nextRecord();
        if (header == null) {
            throw new DataLoadException(name, 0, "file is empty: expected the header " + String.join(",", columns));
        }
        List<String> found = header.toList();
        if (!found.isEmpty() && found.get(0).startsWith("\uFEFF")) {
            found.set(0, found.get(0).substring(1)); // a byte-order mark some editors add
        }
        if (!found.equals(columns)) {
            throw new DataLoadException(name, 1, "wrong header '" + String.join(",", found) + "', expected '"
                    + String.join(",", columns) + "'");
        }
    }

    /** The next record, or null at the end of the file. */
    CsvRow next() {
        CSVRecord record = nextRecord();
        if (record == null) {
            return null;
        }
        long line = linesBefore + 1;
        linesBefore = parser.getCurrentLineNumber();
        if (record.size() != columns.size()) {
            throw new DataLoadException(name, line, record.size() + " columns, expected " + columns.size()
                    + " (" + String.join(",", columns) + ")");
        }
        return new CsvRow(name, line, columns, record, maxLengths);
    }

    private CSVRecord nextRecord() {
        long line = linesBefore + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            if (record.getRecordNumber() == 1) {
                linesBefore = parser.getCurrentLineNumber();
            }
            return record;
        } catch (UncheckedIOException e) {
            throw problem(line, e.getCause());
        }
    }

    private DataLoadException problem(long line, IOException e) {
        if (e instanceof StrictUtf8Reader.NotUtf8Exception notUtf8) {
            return new DataLoadException(name, notUtf8.line(), "not valid UTF-8 text (save the file as UTF-8)", e);
        }
        return new DataLoadException(name, line, "malformed CSV, " + describe(e), e);
    }

    private static String describe(IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("EOF reached before encapsulated token finished")
                ? "a quoted field is never closed (a \" is missing)"
                : message;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // read-only file: nothing was written that could be lost
        }
    }
}
