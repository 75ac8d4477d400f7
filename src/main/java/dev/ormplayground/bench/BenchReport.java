package dev.ormplayground.bench;

import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.run.Environment;
import java.time.LocalDateTime;
import java.util.List;

/** A finished benchmark: its figures and everything needed to reproduce them. */
public record BenchReport(String dataSet, ConnectionSettings connection, BenchSettings settings, Environment environment,
                          LocalDateTime measuredAt, List<LevelMeasurement> measurements) {

    public BenchReport {
        measurements = List.copyOf(measurements);
    }

    /** The settings in one line, for footers and table captions. */
    public String describeSettings() {
        return "data " + dataSet + "; " + connection.describe() + "; page " + settings.pageSize() + "; "
                + settings.warmupRuns() + " warm-up + " + settings.measuredRuns() + " measured runs per level";
    }
}
