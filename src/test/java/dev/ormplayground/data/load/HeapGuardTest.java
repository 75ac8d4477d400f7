package dev.ormplayground.data.load;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapGuardTest {

    @Test
    void aBlogBiggerThanTheHeapIsRefusedWithHowToMakeRoom() {
        // The tests run with -Xmx3g (pom.xml): a million posts need about 14 GB.
        int posts = 1_000_000;
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> HeapGuard.checkFits(posts));

        assertTrue(error.getMessage().startsWith("1,000,000 posts need about 13.9 GB of heap, but this JVM has "),
                error.getMessage());
        assertTrue(error.getMessage().contains("-Xmx"), error.getMessage());
        assertDoesNotThrow(() -> HeapGuard.checkFits(1_000));
    }
}
