package dev.ormplayground.ui.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.db.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Plan tab says EXPLAIN ANALYZE only of a plan the database ran, as H2 makes them. */
class PlanWordsTest {

    private static Database database;

    @BeforeAll
    static void create() {
        database = Database.createInMemory(new StatementCapture());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aWritesPlanSaysItWasExplainedNotRun() {
        String plan = database.explain("update posts set title = 'Renamed' where id = 1");

        assertThat(PlanWords.executed(plan)).isFalse();
        assertThat(PlanWords.explainedBy(false, false)).isEqualTo("H2 (EXPLAIN, not run: the statement writes)")
                .doesNotContain("ANALYZE");
        assertThat(PlanWords.explainedBy(true, false)).startsWith("PostgreSQL (EXPLAIN,").doesNotContain("ANALYZE");
        assertThat(PlanWords.footnote(false, false)).contains("not run again").doesNotContain("ran the statement");
    }

    @Test
    void aReadsPlanSaysItRanAgainWithAnalyze() {
        String plan = database.explain("select * from comments where post_id = 1");

        assertThat(PlanWords.executed(plan)).isTrue();
        assertThat(PlanWords.explainedBy(false, true)).isEqualTo("H2 (EXPLAIN ANALYZE)");
        assertThat(PlanWords.explainedBy(true, true)).isEqualTo("PostgreSQL (EXPLAIN (ANALYZE, BUFFERS))");
        assertThat(PlanWords.footnote(false, true)).contains("ran the statement again: scanCount");
    }
}
