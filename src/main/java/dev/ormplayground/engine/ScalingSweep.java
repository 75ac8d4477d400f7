package dev.ormplayground.engine;

import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.bench.LadderBenchmark;
import dev.ormplayground.bench.SweepPoint;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.db.ConnectionSettings;
import dev.ormplayground.db.DatabaseChoice;
import dev.ormplayground.run.DataSetSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The same levels measured on generated blogs of growing size, one data set at a time (each
 * is loaded, measured and closed before the next, so only one is in memory).
 */
public final class ScalingSweep {

    private ScalingSweep() {
    }

    /** Told before each data set is loaded, with its size. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (index, count, posts) -> {
        };

        void loading(int index, int count, int posts);
    }

    public static List<SweepPoint> run(List<Integer> sizes, List<String> levelIds, BenchSettings settings,
                                        ConnectionSettings connection, Progress progress) {
        return run(DatabaseChoice.h2(), sizes, levelIds, settings, connection, progress);
    }

    /** On the database chosen: each size loaded into it afresh, one after another. */
    public static List<SweepPoint> run(DatabaseChoice database, List<Integer> sizes, List<String> levelIds,
                                       BenchSettings settings, ConnectionSettings connection, Progress progress) {
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            int posts = sizes.get(i);
            progress.loading(i, sizes.size(), posts);
            try (Playground playground = Playground.open(database, DataSetSpec.generated(posts),
                    LoadProgress.NONE)) {
                playground.useConnection(connection);
                // Each size settles again: the JIT stays warm, but the data's shape changes what it runs.
                points.add(new SweepPoint(posts, playground.benchmark(
                        levelIds.stream().map(playground.ladder()::byId).toList(), settings,
                        LadderBenchmark.Progress.NONE)));
            }
        }
        return points;
    }
}
