package dev.ormplayground.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void noRunsNoMedian() {
        LatencyHistory history = new LatencyHistory(3);
        assertTrue(Double.isNaN(history.median("indexed")));
        history.add("indexed", 4);
        history.clear();
        assertEquals(0, history.count("indexed"));
    }
}
