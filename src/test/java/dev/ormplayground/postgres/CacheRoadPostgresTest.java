package dev.ormplayground.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.db.DatabaseChoice;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Detour;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.RegionFigures;
import dev.ormplayground.run.RunResult;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cache road on a real PostgreSQL server: each level's warm run sends what it sends on H2
 * (the counts CacheRoadTest pins), with the same region figures, and leaves the data as loaded.
 */
class CacheRoadPostgresTest {

    static Stream<String> cacheRoad() {
        return Ladder.standard().cacheRoad().stream().map(Detour::level).map(Level::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cacheRoad")
    void warmRunAsOnH2(String levelId) {
        DatabaseChoice server = PostgresServer.choice();
        try (Playground h2 = Playground.open(DataSetSpec.sample(), LoadProgress.NONE);
             Playground pg = Playground.open(server, DataSetSpec.sample(), LoadProgress.NONE)) {
            RunResult onH2 = warm(h2, levelId);
            RunResult onPg = warm(pg, levelId);

            assertThat(onPg.correct()).as("%s: %s", levelId, onPg.difference()).isTrue();
            assertThat(onPg.queries()).as(levelId + ": statements").isEqualTo(onH2.queries());
            assertThat(onPg.items()).as(levelId + ": feed").isEqualTo(onH2.items());
            Map<String, RegionFigures> h2Regions = byName(onH2);
            assertThat(byName(onPg)).as(levelId + ": regions").isEqualTo(h2Regions);
            assertThat(pg.runWithLines(pg.ladder().byId("naive"), 20).items()).as(levelId + ": the data as loaded after it")
                    .isEqualTo(pg.runner().reference(20));
        }
    }

    private static RunResult warm(Playground playground, String levelId) {
        Level level = playground.ladder().byId(levelId);
        playground.fillHibernateCaches(level, 20);
        return playground.runWithLines(level, 20);
    }

    private static Map<String, RegionFigures> byName(RunResult run) {
        List<RegionFigures> regions = run.cache().regions();
        return regions.stream().collect(Collectors.toMap(RegionFigures::region, Function.identity()));
    }
}
