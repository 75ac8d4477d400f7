package dev.ormplayground.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MillisTest {

    @ParameterizedTest(name = "{0} ms reads as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1034.4  | 1,034 ms
            15.31   | 15.3 ms
            5.639   | 5.64 ms
            0.6684  | 0.668 ms
            0.1     | 0.100 ms
            0.0999  | 99.9 µs
            0.04521 | 45.2 µs
            0.0006  | 0.6 µs
            0       | 0.0 µs
            NaN     | –
            """)
    void aboutThreeSignificantDigitsWithTheUnitAndTinyTimesInMicroseconds(double millis, String shown) {
        assertEquals(shown, Millis.text(millis));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"1, 1 query", "0, 0 queries", "53, 53 queries", "1188, '1,188 queries'"})
    void countedWords(long count, String shown) {
        assertEquals(shown, Words.count(count, "query", "queries"));
    }
}
