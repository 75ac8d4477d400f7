package dev.ormplayground.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.db.DatabaseChoice;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.RunResult;
import dev.ormplayground.run.plan.StatementPlan;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every level and every detour on a real PostgreSQL server gives H2's feed with H2's statement
 * counts, on the sample data and on a generated blog whose posts and comments share timestamps
 * (the tie-breaks matter there), at two page sizes.
 */
class LadderPostgresTest {

    private static final DataSetSpec GENERATED = DataSetSpec.generated(1_500);

    private static DatabaseChoice server;

    @BeforeEach
    void server() {
        server = PostgresServer.choice();
    }

    static Stream<String> everyLevel() {
        return Ladder.standard().everyLevel().stream().map(Level::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLevel")
    void sampleDataSameFeedAndCountsAsH2(String levelId) {
        compare(DataSetSpec.sample(), levelId, List.of(20, 50));
    }

    @Test
    void generatedBlogSameFeedsAndCountsAsH2ForEveryLevel() {
        compare(GENERATED, null, List.of(20));
    }

    private static void compare(DataSetSpec data, String onlyLevel, List<Integer> pageSizes) {
        try (Playground h2 = Playground.open(data, LoadProgress.NONE);
             Playground pg = Playground.open(server, data, LoadProgress.NONE)) {
            assertEquals(h2.loadReport().posts(), pg.loadReport().posts());
            assertTrue(pg.databaseDescription().startsWith("PostgreSQL "), pg.databaseDescription());
            for (Level level : pg.ladder().everyLevel()) {
                if (onlyLevel != null && !level.id().equals(onlyLevel)) {
                    continue;
                }
                for (int page : pageSizes) {
                    String what = level.id() + ", page " + page;
                    RunResult onH2;
                    try {
                        onH2 = h2.runWithLines(h2.ladder().byId(level.id()), page);
                    } catch (RuntimeException failedOnH2) { // a detour that fails on purpose fails the same way
                        RuntimeException failedOnPg = assertThrows(RuntimeException.class, () -> pg.runWithLines(level, page), what);
                        assertEquals(failedOnH2.getClass(), failedOnPg.getClass(), what);
                        assertEquals(failedOnH2.getMessage(), failedOnPg.getMessage(), what);
                        continue;
                    }
                    RunResult onPg = pg.runWithLines(level, page);
                    assertEquals(onH2.correct(), onPg.correct(), what + ": " + onPg.difference());
                    assertEquals(onH2.queries(), onPg.queries(), what + ": statements");
                    assertEquals(onH2.items(), onPg.items(), what + ": feed");
                    assertEquals(page, onPg.items().size(), what + ": a full page");
                    for (StatementPlan plan : pg.plans(onPg)) { // what feed --explain and the Plan tab show
                        assertTrue(plan.plan().contains("actual time=") || plan.plan().contains("(not executed: the statement writes"),
                                what + ": " + plan.plan());
                    }
                }
            }
        }
    }
}
