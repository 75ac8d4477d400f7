package dev.ormplayground.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormplayground.bench.BenchReport;
import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.bench.LadderBenchmark;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The measured runs of several levels alternate in rounds, so a slow spell of the machine hits them all. */
class InterleavedBenchmarkTest {

    @Test
    void levelsAreWarmedUpOneByOneThenMeasuredInRounds() {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        Ladder standard = Ladder.standard();
        List<Level> levels = new ArrayList<>(standard.levels());
        levels.add(new Level(8, "a", "A", "-", "records its runs", List.of(), (session, page) -> {
            order.add("a");
            return List.of();
        }));
        levels.add(new Level(9, "b", "B", "-", "records its runs", List.of(), (session, page) -> {
            order.add("b");
            return List.of();
        }));
        try (Playground playground = Playground.open(DataSetSpec.sample(), Ladder.of(levels), LoadProgress.NONE)) {
            Level a = playground.ladder().byId("a");
            Level b = playground.ladder().byId("b");

            BenchReport report = playground.benchmark(List.of(a, b), new BenchSettings(20, 0, 1, 3, 0),
                    LadderBenchmark.Progress.NONE);

            // First one run of each, to leave a level that fails out; the warm-up: one run of a, one of b; then 3 rounds of (2 runs after the switch + 1 measured) each;
            // then one run of each, not measured, with lines: the one a level card shows.
            List<String> expected = new ArrayList<>(List.of("a", "b", "a", "b"));
            for (int round = 0; round < 3; round++) {
                expected.addAll(List.of("a", "a", "a", "b", "b", "b"));
            }
            expected.addAll(List.of("a", "b"));
            assertEquals(expected, order);
            assertEquals(3, report.measurements().get(0).latencyMs().count());
            assertEquals(3, report.measurements().get(1).latencyMs().count());
        }
    }
}
