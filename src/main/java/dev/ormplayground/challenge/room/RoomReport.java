package dev.ormplayground.challenge.room;

import dev.ormplayground.format.Words;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Who passed what, in how many tries: one row per learner (by name), one column per challenge
 * (in the order given, then any other challenge a result names, by id). A check read twice
 * (from a hand-in file and from the results folder it was made from) counts once: a check is
 * its learner, challenge, time and source ({@link CheckResult#key()}).
 *
 * <p>{@link #markdown()} shows a cell as {@code ✓} (passed at the first try), {@code ✓ (3 tries)},
 * {@code ✗ (2 tries)} (tried, never passed) or nothing (never tried).
 *
 * <p>{@link #csv()} is RFC 4180 (comma, CRLF, quotes where needed) with a header row: the column
 * {@code learner}, then for each challenge two columns, its id (the status: {@code passed},
 * {@code failed}, or empty when never tried) and {@code <id> tries} (the number of checks,
 * {@code 0} when never tried).
 */
public final class RoomReport {

    private static final Comparator<String> BY_NAME = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private final List<String> learners;
    private final List<String> challenges;
    private final Map<String, Map<String, Cell>> cells;

    private RoomReport(List<String> learners, List<String> challenges, Map<String, Map<String, Cell>> cells) {
        this.learners = learners;
        this.challenges = challenges;
        this.cells = cells;
    }

    /** One learner's tries at one challenge: how many, and whether any passed. */
    public record Cell(int tries, boolean passed) {

        static final Cell NEVER_TRIED = new Cell(0, false);

        public boolean tried() {
            return tries > 0;
        }

        /** {@code passed}, {@code failed}, or empty when never tried: the CSV's status. */
        public String status() {
            return !tried() ? "" : passed ? "passed" : "failed";
        }

        /** {@code ✓}, {@code ✓ (3 tries)}, {@code ✗ (1 try)}, or empty when never tried: the table's cell. */
        public String text() {
            if (!tried()) {
                return "";
            }
            if (passed && tries == 1) {
                return "\u2713";
            }
            return (passed ? "\u2713" : "\u2717") + " (" + Words.count(tries, "try", "tries") + ")";
        }

        Cell plus(boolean passedNow) {
            return new Cell(tries + 1, passed || passedNow);
        }
    }

    /** The report of {@code results}, with a column for each of {@code challengeOrder} first. */
    public static RoomReport of(List<CheckResult> results, List<String> challengeOrder) {
        Map<CheckResult.Key, CheckResult> once = new LinkedHashMap<>();
        results.forEach(result -> once.putIfAbsent(result.key(), result));
        Map<String, Map<String, Cell>> cells = new TreeMap<>(BY_NAME);
        Set<String> others = new TreeSet<>();
        for (CheckResult result : once.values()) {
            cells.computeIfAbsent(result.learner(), learner -> new LinkedHashMap<>())
                    .merge(result.challenge(), Cell.NEVER_TRIED.plus(result.passed()),
                            (before, now) -> before.plus(result.passed()));
            others.add(result.challenge());
        }
        Set<String> columns = new LinkedHashSet<>(challengeOrder);
        others.removeAll(columns);
        columns.addAll(others);
        return new RoomReport(List.copyOf(cells.keySet()), List.copyOf(columns), cells);
    }

    /** The learners, one per row, by name. */
    public List<String> learners() {
        return learners;
    }

    /** The challenges' ids, one per column. */
    public List<String> challenges() {
        return challenges;
    }

    /** How {@code learner} did at {@code challenge}. */
    public Cell cell(String learner, String challenge) {
        return cells.getOrDefault(learner, Map.of()).getOrDefault(challenge, Cell.NEVER_TRIED);
    }

    /** A Markdown table: {@code | learner | n-plus-one | ... |}, one row per learner. */
    public String markdown() {
        StringBuilder table = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add("learner");
        header.addAll(challenges);
        row(table, header);
        table.append('|');
        header.forEach(column -> table.append(" --- |"));
        table.append('\n');
        for (String learner : learners) {
            List<String> row = new ArrayList<>();
            row.add(learner);
            challenges.forEach(challenge -> row.add(cell(learner, challenge).text()));
            row(table, row);
        }
        return table.toString();
    }

    /** The same table as CSV (RFC 4180): see the class comment for its columns. */
    public String csv() {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>();
            header.add("learner");
            for (String challenge : challenges) {
                header.add(challenge);
                header.add(challenge + " tries");
            }
            printer.printRecord(header);
            for (String learner : learners) {
                List<Object> row = new ArrayList<>();
                row.add(learner);
                for (String challenge : challenges) {
                    Cell cell = cell(learner, challenge);
                    row.add(cell.status());
                    row.add(cell.tries());
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    private static void row(StringBuilder table, List<String> cells) {
        table.append('|');
        for (String cell : cells) {
            // A | would end the cell, a line break the row.
            table.append(' ').append(cell.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\R", " ")).append(" |");
        }
        table.append('\n');
    }
}
