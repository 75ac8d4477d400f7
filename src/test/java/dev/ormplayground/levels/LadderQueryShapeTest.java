package dev.ormplayground.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.RunResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The query counts each level is known for, on the sample data, asserted rather than eyeballed. */
class LadderQueryShapeTest {

    private static Playground playground;

    @BeforeAll
    static void load() {
        playground = Playground.open(DataSetSpec.sample(), LoadProgress.NONE);
    }

    @AfterAll
    static void close() {
        playground.close();
    }

    private static RunResult run(String id, int pageSize) {
        return playground.runWithLines(playground.ladder().byId(id), pageSize);
    }

    @ParameterizedTest
    @MethodSource("everyLevel")
    void everyLevelIsCorrectAndItsCaptureAgreesWithHibernate(String id) {
        for (int pageSize : new int[] {1, 20, 100}) {
            RunResult result = run(id, pageSize);
            assertTrue(result.correct(), id + " at page " + pageSize + ": " + result.difference());
            assertEquals(pageSize, result.items().size(), "the sample data has over 100 published posts");
            assertEquals(result.hibernateStatements(), result.queries(),
                    id + ": p6spy and Hibernate's statistics count the same statements");
        }
    }

    @Test
    void naiveGrowsWithThePageSize() {
        int at5 = run("naive", 5).queries();
        int at20 = run("naive", 20).queries();
        assertTrue(at20 > 20, "naive at page 20: " + at20);
        // Two collections per post: every 15 more posts cost at least 30 more queries.
        assertTrue(at20 - at5 >= 30, "naive at 5: " + at5 + ", at 20: " + at20);
    }

    @Test
    void fetchJoinIsAHandfulWhateverThePageSize() {
        int at5 = run("fetch-join", 5).queries();
        int at100 = run("fetch-join", 100).queries();
        assertTrue(at5 <= 4, "fetch-join: " + at5);
        assertEquals(at5, at100);
    }

    @Test
    void aggregateAndTheLevelsAboveRunThreeQueries() {
        for (String id : List.of("aggregate", "slim-columns", "indexed", "projection")) {
            assertEquals(3, run(id, 20).queries(), id);
            assertEquals(3, run(id, 100).queries(), id);
        }
    }

    @Test
    void singleQuerySendsOneStatementWhateverThePageSize() {
        for (int pageSize : new int[] {1, 20, 100}) {
            RunResult run = run("single-query", pageSize);
            assertEquals(1, run.queries(), "page " + pageSize);
            assertTrue(run.correct(), run.difference());
        }
    }

    @Test
    void singleQueryIsCorrectOnAGeneratedBlogToo() {
        try (Playground generated = Playground.open(DataSetSpec.generated(3_000), LoadProgress.NONE)) {
            for (int pageSize : new int[] {7, 50}) {
                RunResult run = generated.runWithLines(generated.ladder().byId("single-query"), pageSize);
                assertEquals(1, run.queries());
                assertTrue(run.correct(), run.difference());
                assertEquals(pageSize, run.items().size());
            }
        }
    }

    @Test
    void aggregateNoLongerReadsTheLikes() {
        assertTrue(run("aggregate", 20).rowsRead() < run("fetch-join", 20).rowsRead() / 2);
    }

    @Test
    void slimColumnsNeverSelectsThePostBodyOrTheBio() {
        List<CapturedStatement> slim = run("slim-columns", 20).statements();
        assertTrue(!slim.get(0).sql().contains("body"), slim.get(0).sql());
        slim.forEach(statement -> assertTrue(!statement.sql().contains("bio"), statement.sql()));

        String aggregatePage = run("aggregate", 20).statements().get(0).sql();
        assertTrue(aggregatePage.contains("body") && aggregatePage.contains("bio"), aggregatePage);
    }

    @Test
    void indexedSendsTheSameSqlAsSlimColumns() {
        List<String> slim = run("slim-columns", 20).statements().stream().map(CapturedStatement::sql).toList();
        List<String> indexed = run("indexed", 20).statements().stream().map(CapturedStatement::sql).toList();
        assertEquals(slim, indexed);
    }

    @Test
    void cachedMissesOnceThenAnswersWithoutTheDatabase() {
        CachedFeed cached = (CachedFeed) playground.ladder().byId("cached").feed();
        cached.clear();
        RunResult cold = run("cached", 20);
        RunResult warm = run("cached", 20);
        assertEquals(1, cold.queries(), "a miss runs single-query: one statement");
        assertEquals(0, warm.queries());
        assertTrue(warm.correct());
        assertEquals(1, run("cached", 7).queries(), "another page size is another key");
    }

    /** Every level of the ladder, so a level added to it is tested too. */
    static Stream<String> everyLevel() {
        return Ladder.standard().levels().stream().map(Level::id);
    }
}
