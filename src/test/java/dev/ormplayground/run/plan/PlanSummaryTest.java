package dev.ormplayground.run.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.levels.IndexedFeed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-line reading of H2 plans, on plans as H2 2.5 prints them. */
class PlanSummaryTest {

    private static final String SCAN = """
            SELECT
                "PS1_0"."ID"
            FROM "PUBLIC"."POSTS" "PS1_0"
                /* PUBLIC.POSTS.tableScan */
                /* WHERE PS1_0.STATUS = 'published'
                */
                /* scanCount: 121 */
            INNER JOIN "PUBLIC"."USERS" "A1_0"
                /* PUBLIC.PRIMARY_KEY_4: ID = PS1_0.AUTHOR_ID */
                ON 1=1
                /* scanCount: 218 */
            """;

    private static final String INDEXED = """
            FROM "PUBLIC"."COMMENTS" "C1_0"
                /* PUBLIC.IDX_COMMENTS_POST: POST_ID IN(120, 119) */
                /* scanCount: 249 */
            GROUP BY "C1_0"."POST_ID"
            /* group sorted */)
            UNION ALL
            (SELECT "PL1_0"."POST_ID"
            FROM "PUBLIC"."LIKES" "PL1_0"
                /* PUBLIC.IDX_LIKES_POST */
                /* scanCount: 502 */
            """;

    @Test
    void aTableScanIsNamedWithTheRowsItRead() {
        PlanSummary summary = PlanSummary.of(SCAN);
        assertEquals(List.of("POSTS"), summary.tableScans());
        assertEquals(List.of("PRIMARY_KEY_4"), summary.indexes());
        assertEquals(339, summary.rowsScanned());
        assertTrue(summary.scansTables());
        assertEquals("✘ reads every row of POSTS · index PRIMARY_KEY_4 · 339 rows scanned", summary.verdict());
    }

    @Test
    void indexLookupsAreNamed() {
        PlanSummary summary = PlanSummary.of(INDEXED);
        assertFalse(summary.scansTables());
        assertEquals("✔ index IDX_COMMENTS_POST, IDX_LIKES_POST · 751 rows scanned", summary.verdict());
    }

    @Test
    void theIndexedLevelsIndexesByName() {
        assertEquals(List.of("IDX_POSTS_CREATED", "IDX_COMMENTS_POST", "IDX_LIKES_POST"),
                PlanSummary.indexNames(IndexedFeed.INDEXES));
    }
}
