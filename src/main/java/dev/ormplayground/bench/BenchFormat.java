package dev.ormplayground.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ormplayground.format.Millis;
import java.util.Locale;

/** The three ways {@code bench} can print a report. */
public enum BenchFormat {
    TABLE, CSV, JSON, MARKDOWN;

    public static final String CSV_HEADER = "level,queries,median_ms,p95_ms,rows_read,allocated_kb,correct";

    public String format(BenchReport report) {
        return switch (this) {
            case TABLE -> table(report);
            case CSV -> csv(report);
            case JSON -> json(report);
            case MARKDOWN -> markdown(report);
        };
    }

    /** One row per level in ladder order; the cached row gives its warm runs. */
    static String csv(BenchReport report) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (LevelMeasurement m : report.measurements()) {
            out.append(String.format(Locale.ROOT, "%s,%d,%.3f,%.3f,%d,%d,%s%n", m.level().id(), m.queries(),
                    m.latencyMs().median(), m.latencyMs().p95(), m.rowsRead(), m.allocatedKb(), m.correct()));
        }
        for (LevelFailure failure : report.failures()) {
            out.append(failure.level().id()).append(",,,,,,false\n"); // not measured: its message goes to stderr
        }
        return out.toString();
    }

    static String table(BenchReport report) {
        StringBuilder out = new StringBuilder();
        out.append(report.describeSettings()).append('\n');
        out.append(report.environment().describe()).append('\n').append('\n');
        int idWidth = Math.max(13, report.measurements().stream().mapToInt(m -> m.level().id().length()).max().orElse(0));
        String row = "%-2s %-" + idWidth + "s %8s %10s %10s %10s %10s %12s  %s%n";
        out.append(String.format(Locale.ROOT, row, "#", "level", "queries", "median", "p95", "min",
                "rows read", "alloc KB", "correct"));
        for (LevelMeasurement m : report.measurements()) {
            out.append(String.format(Locale.ROOT, row, m.level().number(), m.level().id(), m.queries(),
                    Millis.text(m.latencyMs().median()), Millis.text(m.latencyMs().p95()), Millis.text(m.latencyMs().min()),
                    m.rowsRead(), m.allocatedKb(), m.correct() ? "yes" : "NO: " + m.difference()));
            if (m.coldRun() != null) {
                out.append(String.format(Locale.ROOT, row, "", "  (cold miss)", m.coldRun().queries(),
                        Millis.text(m.coldRun().elapsedMillis()), "", "", m.coldRun().rowsRead(),
                        m.coldRun().allocatedBytes() / 1024, m.coldRun().correct() ? "yes" : "NO"));
            }
            if (m.lastRun().cache().any()) {
                out.append("   warm run's ").append(m.lastRun().cache().summary()).append('\n');
            }
        }
        for (LevelFailure failure : report.failures()) {
            out.append(String.format(Locale.ROOT, "%-2s %-13s FAILED, not measured: %s%n", failure.level().number(),
                    failure.level().id(), failure.message()));
        }
        return out.toString();
    }

    /** A Markdown table with the settings under it: what docs/benchmarks.md and report.md show. */
    static String markdown(BenchReport report) {
        StringBuilder out = new StringBuilder();
        out.append("| # | level | article's tool | queries | median | p95 | rows read | allocated KB | correct |\n");
        out.append("|--:|---|---|--:|--:|--:|--:|--:|---|\n");
        String row = "| %s | %s | %s | %d | %s | %s | %,d | %,d | %s |%n";
        for (LevelMeasurement m : report.measurements()) {
            out.append(String.format(Locale.ROOT, row, m.level().number(), "`" + m.level().id() + "`",
                    "`" + m.level().articleTool() + "`", m.queries(), Millis.text(m.latencyMs().median()),
                    Millis.text(m.latencyMs().p95()), m.rowsRead(), m.allocatedKb(), m.correct() ? "yes" : "**no**"));
            if (m.coldRun() != null) {
                out.append(String.format(Locale.ROOT, row, "", "`" + m.level().id() + "` cold first run", "",
                        m.coldRun().queries(), Millis.text(m.coldRun().elapsedMillis()), "", m.coldRun().rowsRead(),
                        m.coldRun().allocatedBytes() / 1024, m.coldRun().correct() ? "yes" : "**no**"));
            }
        }
        for (LevelFailure failure : report.failures()) {
            out.append(String.format(Locale.ROOT, "| %s | `%s` | failed, not measured: %s | | | | | | **no** |%n",
                    failure.level().number(), failure.level().id(), failure.message().replace("|", "\\|")));
        }
        out.append('\n').append("Data ").append(report.dataSet()).append("; ").append(report.database()).append(", ")
                .append(report.connection().describe()).append("; page ")
                .append(report.settings().pageSize()).append("; ").append(report.describeRuns())
                .append(", median and p95; ").append(report.measuredAt().toLocalDate()).append(".  \n")
                .append(report.environment().describe()).append(".\n");
        return out.toString();
    }

    static String json(BenchReport report) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("data_set", report.dataSet());
        root.put("database", report.database());
        root.put("network", report.connection().network().id());
        root.put("rtt_ms", report.connection().rttMillis());
        root.put("capture", report.connection().capture());
        root.put("page_size", report.settings().pageSize());
        root.put("settle_max_s", report.settings().settleSeconds());
        root.put("settled", report.warmth().settled());
        root.put("settle_s", report.warmth().seconds());
        root.put("warmup_runs", report.settings().warmupRuns());
        root.put("measured_runs", report.settings().measuredRuns());
        root.put("min_seconds", report.settings().minSeconds());
        root.put("measured_at", report.measuredAt().toString());
        root.set("environment", mapper.valueToTree(report.environment()));
        ArrayNode levels = root.putArray("levels");
        for (LevelMeasurement m : report.measurements()) {
            ObjectNode level = levels.addObject();
            level.put("level", m.level().id());
            level.put("steady", m.warmth().settled());
            level.put("settle_s", m.warmth().seconds());
            level.put("settle_runs", m.warmth().runs());
            level.put("queries", m.queries());
            level.put("median_ms", m.latencyMs().median());
            level.put("p95_ms", m.latencyMs().p95());
            level.put("min_ms", m.latencyMs().min());
            level.put("runs", m.latencyMs().count());
            level.put("rows_read", m.rowsRead());
            level.put("allocated_kb", m.allocatedKb());
            level.put("correct", m.correct());
            if (m.difference() != null) {
                level.put("difference", m.difference());
            }
            if (m.coldRun() != null) {
                ObjectNode cold = level.putObject("cold_run");
                cold.put("queries", m.coldRun().queries());
                cold.put("ms", m.coldRun().elapsedMillis());
                cold.put("rows_read", m.coldRun().rowsRead());
                cold.put("allocated_kb", m.coldRun().allocatedBytes() / 1024);
                cold.put("correct", m.coldRun().correct());
                CacheJson.put(cold, m.coldRun().cache());
            }
            CacheJson.put(level, m.lastRun().cache());
        }
        ArrayNode failed = root.putArray("failed");
        for (LevelFailure failure : report.failures()) {
            failed.addObject().put("level", failure.level().id()).put("error", failure.message());
        }
        return root.toPrettyString() + System.lineSeparator();
    }


    /** Seconds without a needless fraction: {@code 1}, {@code 0.5}. */
    static String seconds(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
