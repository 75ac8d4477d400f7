package dev.ormplayground.bench;

import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.run.Environment;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A finished benchmark: its figures and everything needed to reproduce them.
 *
 * @param database which database ran it, e.g. {@code H2 2.5.252 in memory}
 */
public record BenchReport(String dataSet, String database, ConnectionSettings connection, BenchSettings settings, Environment environment,
                          LocalDateTime measuredAt, List<LevelMeasurement> measurements, List<LevelFailure> failures) {

    public BenchReport {
        measurements = List.copyOf(measurements);
        failures = List.copyOf(failures);
    }

    /** How the levels were warmed up until steady, summed up over the levels. */
    public Warmth warmth() {
        return measurements.stream().map(LevelMeasurement::warmth).reduce(Warmth::and).orElse(Warmth.SKIPPED);
    }

    /** The settings in one line, for table captions. */
    public String describeSettings() {
        return "data " + dataSet + "; " + connection.after(database) + "; page " + settings.pageSize() + "; " + describeRuns();
    }

    /** How the figures were taken, e.g. {@code JVM steady after 24.1 s, 10 warm-up + 20 measured runs per level}. */
    public String describeRuns() {
        return warmth().describe() + ", " + settings.describeRuns();
    }
}
