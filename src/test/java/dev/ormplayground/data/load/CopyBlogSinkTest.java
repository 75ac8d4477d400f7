package dev.ormplayground.data.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** COPY's text format: the four characters that would end a field or a row, or start an escape, are escaped. */
class CopyBlogSinkTest {

    @Test
    void tabNewlineCarriageReturnAndBackslashAreEscaped() {
        assertEquals("a\\tb\\nc\\rd\\\\e", CopyBlogSink.escape("a\tb\nc\rd\\e"));
        assertEquals("\\\\.", CopyBlogSink.escape("\\."), "the end-of-data marker can never appear");
        assertEquals("\\\\N", CopyBlogSink.escape("\\N"), "nor the NULL marker");
    }

    @Test
    void textWithoutThemIsPassedOnAsItIs() {
        String plain = "Grüße, \"quotes\", 'apostrophes', commas; and 🙂";
        assertSame(plain, CopyBlogSink.escape(plain));
    }
}
