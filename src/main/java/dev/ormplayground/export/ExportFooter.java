package dev.ormplayground.export;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.run.Environment;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The small print every exported picture and report carries, so a figure on a slide can be
 * traced to the settings that produced it.
 */
public record ExportFooter(String dataSet, String database, ConnectionSettings connection, int pageSize, String runs, LocalDateTime measuredAt,
                           Environment environment) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The footer for a benchmark's figures. */
    public static ExportFooter of(BenchReport report) {
        return new ExportFooter(report.dataSet(), report.database(), report.connection(), report.settings().pageSize(), report.describeRuns(),
                report.measuredAt(), report.environment());
    }

    /** e.g. {@code sample-data: 120 posts, ... · page 20 · 10 warm-up + 20 runs · 2026-11-26 17:05}. */
    public String settingsLine() {
        return dataSet + " · " + connection.describe() + " · page " + pageSize + " · " + runs + " · " + WHEN.format(measuredAt);
    }

    /**
     * e.g. {@code JVM ... 17.0.15 · Hibernate 7.4.13.Final · H2 2.5.252 in memory · Linux amd64, 2 cores}:
     * the database that ran, {@code PostgreSQL 15.18 at localhost:5432/mydb} for a server.
     */
    public String softwareLine() {
        return "JVM " + environment.jvm() + " · Hibernate " + environment.hibernate() + " · " + database
                + " · " + environment.os() + ", " + environment.cores() + " cores";
    }

    public String text() {
        return settingsLine() + "\n" + softwareLine();
    }
}
