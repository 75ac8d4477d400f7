package dev.ormplayground.run.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an H2 plan says in one line: which tables it reads whole, which indexes it uses, and
 * how many rows its steps scanned. Pure: no JavaFX.
 *
 * @param tableScans  tables read from first row to last
 * @param indexes     indexes (primary keys included) used to find rows
 * @param rowsScanned the sum of the plan's {@code scanCount}s
 */
public record PlanSummary(List<String> tableScans, List<String> indexes, long rowsScanned) {

    private static final Pattern SCAN = Pattern.compile("/\\*\\s*\\w+\\.(\\w+)\\.tableScan\\s*\\*/");
    private static final Pattern INDEX = Pattern.compile("/\\*\\s*\\w+\\.(\\w+)(?::[^*]*|\\s*)\\*/");
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount:\\s*(\\d+)");
    private static final Pattern INDEX_NAME = Pattern.compile("(?i)create\\s+index\\s+(\\w+)");
    // PostgreSQL's EXPLAIN (ANALYZE): a node per line, "Seq Scan on posts p1_0 (cost=...) (actual time=... rows=109 loops=1)".
    private static final Pattern PG_SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");
    private static final Pattern PG_INDEX = Pattern.compile("(?:Index (?:Only )?Scan(?: Backward)? using|Bitmap Index Scan on) (\\w+)");
    private static final Pattern PG_SCAN_ROWS =
            Pattern.compile("Scan[^\\n]*\\(actual time=[\\d.]+\\.\\.[\\d.]+ rows=(\\d+) loops=(\\d+)\\)");

    private static final Pattern PG_REMOVED = Pattern.compile("Rows Removed by Filter: (\\d+)");

    public static PlanSummary of(String plan) {
        if (plan.contains("(actual time=") || plan.contains("Seq Scan") || plan.contains("Index Scan")) {
            long kept = PG_SCAN_ROWS.matcher(plan).results()
                    .mapToLong(match -> Long.parseLong(match.group(1)) * Long.parseLong(match.group(2))).sum();
            long removed = PG_REMOVED.matcher(plan).results().mapToLong(match -> Long.parseLong(match.group(1))).sum();
            return new PlanSummary(all(PG_SEQ_SCAN, plan), all(PG_INDEX, plan), kept + removed);
        }
        return new PlanSummary(all(SCAN, plan), all(INDEX, plan), SCAN_COUNT.matcher(plan).results()
                .mapToLong(match -> Long.parseLong(match.group(1))).sum());
    }

    private static List<String> all(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return List.copyOf(found);
    }

    /** e.g. {@code ✘ reads all of POSTS · 121 rows scanned}. */
    public String verdict() {
        String rows = String.format(Locale.ROOT, "%,d rows scanned", rowsScanned);
        if (!tableScans.isEmpty()) {
            return "✘ reads every row of " + String.join(", ", tableScans)
                    + (indexes.isEmpty() ? "" : " · index " + String.join(", ", indexes)) + " · " + rows;
        }
        return (indexes.isEmpty() ? "" : "✔ index " + String.join(", ", indexes) + " · ") + rows;
    }

    public boolean scansTables() {
        return !tableScans.isEmpty();
    }

    /** The names of the indexes that {@code create index} statements make, e.g. {@code IDX_POSTS_CREATED}. */
    public static List<String> indexNames(List<String> createIndexes) {
        return createIndexes.stream().flatMap(create -> INDEX_NAME.matcher(create).results())
                .map(match -> match.group(1).toUpperCase(Locale.ROOT)).toList();
    }
}
