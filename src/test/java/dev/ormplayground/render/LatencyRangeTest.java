package dev.ormplayground.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class LatencyRangeTest {

    @Test
    void aLinearAxisRunsFromZeroToAboveTheSlowestRun() {
        double[] range = LatencyRange.of(new double[] {1, 500, 53.3, 59.4}, false);
        assertArrayEquals(new double[] {0, 540}, range, 1e-9);
    }

    @Test
    void aLogAxisRunsFromUnderTheFastestToAboveTheSlowestAndSpansADecadeAtLeast() {
        double[] wide = LatencyRange.of(new double[] {0.0007, 500}, true);
        assertTrue(wide[0] < 0.0007 && wide[0] > 0 && wide[1] >= 500, wide[0] + " - " + wide[1]);
        double[] one = LatencyRange.of(new double[] {4}, true);
        assertTrue(one[0] < 4 && one[1] > 4 && one[1] / one[0] >= 10, one[0] + " - " + one[1]);
    }

    @Test
    void anEmptyChartStillReadsAsMilliseconds() {
        assertArrayEquals(new double[] {0, LatencyRange.EMPTY_MAX_MILLIS}, LatencyRange.of(new double[0], false), 1e-9);
    }

    @Test
    void aTickSaysItsValueToThreeDigitsWithoutTrailingZeros() {
        assertEquals(List.of("0", "2.5", "5", "7.5", "0.25", "0.001", "12.3", "1000"),
                DoubleStream.of(0, 2.5, 5, 7.5, 0.25, 0.001, 12.34, 1000).mapToObj(LatencyRange::tickLabel).toList());
    }
}
