package dev.ormplayground.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.data.load.BlogDataLoader;
import dev.ormplayground.db.Database;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import java.util.List;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;

/** A run that throws (a level bug, a database error) ends with its error; the next run works. */
class FailingRunTest {

    private static Level level(int number, String id, dev.ormplayground.levels.FeedLevel feed) {
        return new Level(number, id, id, "-", "-", List.of(), feed);
    }

    @Test
    void aBuggyLevelAndABadQueryFailAloneAndTheEngineRecovers() {
        Level naive = Ladder.standard().first();
        Level buggy = level(2, "buggy", (session, pageSize) -> {
            throw new IllegalStateException("a bug in the level");
        });
        Level badSql = level(3, "bad-sql", (session, pageSize) -> {
            session.createNativeQuery("select no_such_column from posts", Object.class).getResultList();
            return List.of();
        });
        try (Database database = Database.createInMemory(new StatementCapture())) {
            BlogDataLoader.loadCsv(database, DataSetSpec.SAMPLE_DATA, LoadProgress.NONE);
            FeedRunner runner = new FeedRunner(database, Ladder.of(List.of(naive, buggy, badSql)));

            IllegalStateException bug = assertThrows(IllegalStateException.class, () -> runner.measure(buggy, 20));
            assertEquals("a bug in the level", bug.getMessage());
            HibernateException sql = assertThrows(HibernateException.class, () -> runner.measure(badSql, 20));
            assertTrue(sql.getMessage().toUpperCase().contains("NO_SUCH_COLUMN"), sql.getMessage());

            RunResult next = runner.measure(naive, 20);
            assertTrue(next.correct());
            assertTrue(next.queries() > 20, "a whole naive run after the failures: " + next.queries());
        }
    }
}
