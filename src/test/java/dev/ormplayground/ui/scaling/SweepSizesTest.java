package dev.ormplayground.ui.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepSizesTest {

    @Test
    void sizesAreSeparatedByCommasOrSpacesAndMayUseKAndM() {
        assertEquals(List.of(1_000, 10_000, 100_000), SweepSizes.parse("1000, 10000, 100000"));
        assertEquals(List.of(1_000, 10_000, 100_000), SweepSizes.parse("100k 1k  10K"));
        assertEquals(List.of(200, 400), SweepSizes.parse("200,400,200"));
        assertEquals(List.of(1_000_000), SweepSizes.parse("1m"));
        assertEquals(List.of(50_000), SweepSizes.parse("50_000"));
        assertEquals("1,000 · 10,000 posts", SweepSizes.describe(List.of(1_000, 10_000)));
    }

    @Test
    void aBadSizeSaysWhatIsWrong() {
        assertEquals("\"lots\" is not a number of posts (e.g. 1000 or 10k).",
                assertThrows(IllegalArgumentException.class, () -> SweepSizes.parse("200, lots")).getMessage());
        assertEquals("\"0\": a generated blog has 1 to 1,000,000 posts.",
                assertThrows(IllegalArgumentException.class, () -> SweepSizes.parse("0")).getMessage());
        assertEquals("\"2m\": a generated blog has 1 to 1,000,000 posts.",
                assertThrows(IllegalArgumentException.class, () -> SweepSizes.parse("2m")).getMessage());
        assertEquals("\"99999999999\": a generated blog has 1 to 1,000,000 posts.",
                assertThrows(IllegalArgumentException.class, () -> SweepSizes.parse("99999999999")).getMessage());
        assertEquals("Type the numbers of posts, e.g. 1000, 10000, 100000.",
                assertThrows(IllegalArgumentException.class, () -> SweepSizes.parse("  ")).getMessage());
        assertEquals("At most 6 sizes: each one is loaded and measured.",
                assertThrows(IllegalArgumentException.class, () -> SweepSizes.parse("1 2 3 4 5 6 7")).getMessage());
    }
}
