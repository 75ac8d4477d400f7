package dev.ormplayground.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MillisTest {

    @Test
    void aboutThreeSignificantDigitsWithTheUnit() {
        assertEquals("1,034 ms", Millis.text(1034.4));
        assertEquals("15.3 ms", Millis.text(15.31));
        assertEquals("5.64 ms", Millis.text(5.639));
        assertEquals("0.668 ms", Millis.text(0.6684));
        assertEquals("0.100 ms", Millis.text(0.1));
    }

    @Test
    void tinyTimesInMicroseconds() {
        assertEquals("0.6 µs", Millis.text(0.0006));
        assertEquals("45.2 µs", Millis.text(0.04521));
        assertEquals("99.9 µs", Millis.text(0.0999));
        assertEquals("0.0 µs", Millis.text(0));
    }

    @Test
    void noMeasurementIsADash() {
        assertEquals("–", Millis.text(Double.NaN));
    }

    @Test
    void countedWords() {
        assertEquals("1 query", Words.count(1, "query", "queries"));
        assertEquals("0 queries", Words.count(0, "query", "queries"));
        assertEquals("1,188 comments", Words.count(1188, "comment", "comments"));
    }
}
