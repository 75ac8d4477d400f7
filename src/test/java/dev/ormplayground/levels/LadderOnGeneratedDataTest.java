package dev.ormplayground.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.RunResult;
import org.junit.jupiter.api.Test;

/** The ladder is correct on a generated blog too, not only on the one it was written against. */
class LadderOnGeneratedDataTest {

    @Test
    void everyLevelBuildsTheReferenceFeedOnAGeneratedBlog() {
        try (Playground playground = Playground.open(DataSetSpec.generated(2_000), LoadProgress.NONE)) {
            for (Level level : playground.ladder().levels()) {
                for (int pageSize : new int[] {20, 137}) {
                    RunResult result = playground.runWithLines(level, pageSize);
                    assertTrue(result.correct(), level.id() + " at page " + pageSize + ": " + result.difference());
                    assertEquals(pageSize, result.items().size());
                }
            }
        }
    }
}
