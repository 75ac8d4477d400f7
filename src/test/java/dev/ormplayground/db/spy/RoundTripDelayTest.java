package dev.ormplayground.db.spy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoundTripDelayTest {

    /** A simulated round trip is within 10% of what was asked, at 0.5 ms and above; a spin-wait never ends early, so check the median's overshoot. */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1.0, 2.5})
    void aPauseLastsTheRoundTripWithinTenPercent(double millis) {
        long nanos = Math.round(millis * 1_000_000);
        long[] measured = new long[101];
        for (int i = 0; i < measured.length; i++) {
            long start = System.nanoTime();
            RoundTripDelay.pause(nanos);
            measured[i] = System.nanoTime() - start;
        }
        Arrays.sort(measured);
        long median = measured[measured.length / 2];
        assertTrue(measured[0] >= nanos, "never shorter: " + measured[0]);
        assertTrue(median <= nanos * 1.10, "median " + median + " ns for " + nanos + " ns");
    }
}
