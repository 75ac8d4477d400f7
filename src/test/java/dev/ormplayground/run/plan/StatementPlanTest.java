package dev.ormplayground.run.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementPlanTest {

    @Test
    void theIndexedLevelsPlansUseItsIndexesWhereSlimColumnsScans() {
        try (Playground playground = Playground.open(DataSetSpec.generated(2_000), LoadProgress.NONE)) {
            RunResult slim = playground.runWithLines(playground.ladder().byId("slim-columns"), 20);
            List<StatementPlan> slimPlans = playground.plans(slim);
            RunResult indexed = playground.runWithLines(playground.ladder().byId("indexed"), 20);
            List<StatementPlan> indexedPlans = playground.plans(indexed);

            assertEquals(3, slimPlans.size());
            assertEquals(3, indexedPlans.size());
            assertTrue(slimPlans.get(0).plan().contains("POSTS.tableScan"), slimPlans.get(0).plan());
            assertTrue(slimPlans.get(1).plan().contains("COMMENTS.tableScan"), slimPlans.get(1).plan());

            String page = indexedPlans.get(0).plan();
            assertTrue(page.contains("IDX_POSTS_CREATED") && page.contains("index sorted"), page);
            assertFalse(page.contains("tableScan"), page);
            assertTrue(indexedPlans.get(1).plan().contains("IDX_COMMENTS_POST"), indexedPlans.get(1).plan());
            assertTrue(indexedPlans.get(1).plan().contains("IDX_LIKES_POST"), indexedPlans.get(1).plan());
        }
    }
}
