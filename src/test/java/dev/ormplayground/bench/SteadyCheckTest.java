package dev.ormplayground.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SteadyCheckTest {

    /** Half-second windows, as on the sample data. */
    private static final double HALF = 0.5;

    @Test
    void aLatencyThatKeepsFallingNeverCountsAsSteady() {
        SteadyCheck check = new SteadyCheck();
        // naive's medians in a fresh JVM, as measured (ms): still compiling.
        for (double naive : new double[] {45.0, 30.0, 21.2, 17.7, 14.5, 11.4, 10.2, 9.0, 8.6, 7.2, 6.4, 5.9, 5.5, 5.2}) {
            assertFalse(check.add(HALF, naive, 0), "steady at " + naive);
        }
    }

    @Test
    void aSlowDriftOfTwoPercentPerWindowIsNotSteady() {
        SteadyCheck check = new SteadyCheck();
        double indexed = 2.0;
        for (int window = 0; window < 30; window++) {
            assertFalse(check.add(HALF, indexed, 0), "steady in window " + window);
            indexed *= 0.98; // 8% over two seconds
        }
    }

    @Test
    void steadyOnceTheMedianHoldsStillOverTwoSecondsTwiceInARow() {
        SteadyCheck check = new SteadyCheck();
        for (double median : new double[] {5.0, 5.1, 4.9, 5.0, 5.1}) {
            assertFalse(check.add(HALF, median, 0), "too early at " + median);
        }
        assertTrue(check.add(HALF, 4.95, 0), "the 5th and 6th windows are within 5% of the ones two seconds before");
    }

    @Test
    void aDropAfterAPlateauStartsTheCountAgain() {
        SteadyCheck check = new SteadyCheck();
        for (double median : new double[] {8.0, 8.1, 7.9, 8.0, 8.0, 5.0, 5.0, 5.0, 5.0, 5.0}) {
            assertFalse(check.add(HALF, median, 0), "steady at " + median);
        }
        assertTrue(check.add(HALF, 5.0, 0));
    }

    @Test
    void aMedianThatHoldsStillWhileTheJitIsBusyIsNotSteadyYet() {
        SteadyCheck check = new SteadyCheck();
        // naive at 6-10 s in a fresh JVM: 9.0 ms, the compiler threads busy (JIT time / wall time 0.9-1.2).
        for (double jit : new double[] {1.2, 0.9, 1.1, 0.9, 1.0, 0.9, 1.1}) {
            assertFalse(check.add(HALF, 9.0, jit), "steady while compiling at " + jit);
        }
        for (double jit : new double[] {0.05, 0.02, 0.03, 0.0}) {
            assertFalse(check.add(HALF, 9.0, jit), "compile time within the last two seconds, or one quiet span only");
        }
        assertTrue(check.add(HALF, 9.0, 0.04), "two quiet spans of two seconds");
    }

    @Test
    void theJitCompilingTheOddMethodAfterwardsDoesNotHoldTheWarmUpBack() {
        SteadyCheck check = new SteadyCheck();
        // The whole ladder in turns, 15-25 s in: medians flat, the JIT at 10-40% for a further 5-25 s.
        for (double jit : new double[] {0.2, 0.25, 0.15, 0.2, 0.25}) {
            assertFalse(check.add(HALF, 3.9, jit), "the first two seconds are needed to compare with");
        }
        assertTrue(check.add(HALF, 3.9, 0.2), "a latency that holds still while the JIT only tidies up is steady");
    }

    @Test
    void microsecondJitterOfACacheHitCountsAsStill() {
        SteadyCheck check = new SteadyCheck();
        for (double median : new double[] {0.0021, 0.0014, 0.0019, 0.0012, 0.0020}) {
            assertFalse(check.add(HALF, median, 0));
        }
        assertTrue(check.add(HALF, 0.0013, 0), "7 microseconds apart at most");
    }

    @Test
    void aLevelOfASecondARunNeedsThreeLongWindowsNotSeven() {
        SteadyCheck check = new SteadyCheck();
        // slim-columns on 100,000 posts: windows of 5 runs of about a second, 3% noise.
        assertFalse(check.add(5.2, 1050.0, 0.3), "the first window, the JIT busy");
        assertFalse(check.add(5.1, 1020.0, 0.02));
        assertTrue(check.add(5.0, 1000.0, 0.01), "two windows, each within 5% of the one before");
    }

    @Test
    void aFirstSlowWindowOfAColdJvmIsNotSteady() {
        // naive's first runs in a fresh JVM take 50 ms and more: that is compiling, not a slow level.
        SteadyCheck check = new SteadyCheck();
        assertFalse(check.add(0.6, 60.0, 1.5));
        assertFalse(check.add(0.5, 30.0, 1.2));
    }

    @Test
    void aLevelOfASecondARunNeedsAQuietJitNotAStillMedian() {
        SteadyCheck check = new SteadyCheck();
        // slim-columns on 100,000 posts: the garbage collector moves its median by 20% from window to window.
        assertFalse(check.add(5.0, 1000.0, 0.02));
        assertFalse(check.add(5.2, 1250.0, 0.03));
        assertTrue(check.add(5.1, 990.0, 0.01));
    }

    @Test
    void aSlowLevelWhileTheJitIsBusyIsNotSteady() {
        SteadyCheck check = new SteadyCheck();
        for (int window = 0; window < 6; window++) {
            assertFalse(check.add(5.0, 1000.0, 0.4), "window " + window);
        }
    }
}
