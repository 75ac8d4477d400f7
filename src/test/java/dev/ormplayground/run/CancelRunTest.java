package dev.ormplayground.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.data.load.BlogDataLoader;
import dev.ormplayground.db.Database;
import dev.ormplayground.domain.Post;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CancelRunTest {

    @Test
    void aCancelledRunStopsAtItsNextStatementAndTheNextRunWorks() {
        AtomicReference<FeedRunner> runner = new AtomicReference<>();
        AtomicInteger statementsAfterCancel = new AtomicInteger(-1);
        Level naive = Ladder.standard().first();
        Level cancelsItself = new Level(2, "cancels-itself", "Cancels itself", "-", "-", List.of(),
                (session, pageSize) -> {
                    List<Post> posts = session.createSelectionQuery(
                            "from Post order by createdAt desc, id desc", Post.class)
                            .setMaxResults(pageSize).getResultList();
                    runner.get().cancel(); // as the window's Cancel button would, mid-run
                    int touched = 0;
                    for (Post post : posts) {
                        post.getComments().size(); // one lazy query per post: the first one must stop it
                        touched++;
                        statementsAfterCancel.set(touched);
                    }
                    return List.of();
                });
        try (Database database = Database.createInMemory(new StatementCapture())) {
            BlogDataLoader.loadCsv(database, DataSetSpec.SAMPLE_DATA, LoadProgress.NONE);
            runner.set(new FeedRunner(database, Ladder.of(List.of(naive, cancelsItself))));

            assertThrows(CancellationException.class, () -> runner.get().measure(cancelsItself, 20));
            assertEquals(-1, statementsAfterCancel.get(), "no lazy query ran after the cancel");

            RunResult next = runner.get().measure(naive, 20);
            assertTrue(next.correct());
            assertTrue(next.queries() > 20, "the next run is a whole run: " + next.queries());
        }
    }
}
