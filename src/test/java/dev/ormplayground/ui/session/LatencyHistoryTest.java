package dev.ormplayground.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyHistoryTest {

    @Test
    void medianOfOddAndEvenCounts() {
        LatencyHistory history = new LatencyHistory(10);
        history.add("naive", 30);
        history.add("naive", 10);
        history.add("naive", 20);
        assertEquals(20, history.median("naive"));
        history.add("naive", 40);
        assertEquals(25, history.median("naive"));
        assertEquals(4, history.count("naive"));
    }

    @Test
    void keepsOnlyTheMostRecentRunsOfEachLevel() {
        LatencyHistory history = new LatencyHistory(3);
        for (double millis : new double[] {500, 1, 2, 3}) {
            history.add("naive", millis);
        }
        history.add("cached", 0.1);
        assertEquals(3, history.count("naive"));
        assertEquals(2, history.median("naive"));
        assertEquals(0.1, history.median("cached"));
    }

    @Test
    void onceALevelHasWarmRunsItsMedianIsTheirsAlone() {
        LatencyHistory history = new LatencyHistory(10);
        history.add("naive", 250, false);
        history.add("naive", 40, false);
        assertEquals(145, history.median("naive"), "no warm run yet: the median of the cold ones");
        assertFalse(history.warm("naive"));
        history.add("naive", 5, true);
        history.add("naive", 7, true);
        assertEquals(6, history.median("naive"), "the cold runs no longer count");
        assertEquals(2, history.count("naive"));
        assertTrue(history.warm("naive"));
    }

    @Test
    void noRunsNoMedian() {
        LatencyHistory history = new LatencyHistory(3);
        assertTrue(Double.isNaN(history.median("indexed")));
        history.add("indexed", 4);
        history.clear();
        assertEquals(0, history.count("indexed"));
    }
}
