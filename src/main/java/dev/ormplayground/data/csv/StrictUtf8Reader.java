package dev.ormplayground.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 one line at a time and refuses bad bytes, saying on which line they are: a
 * plain InputStreamReader decodes ahead in large blocks, so its error cannot name the line.
 * Splitting at line feeds is safe because no multi-byte UTF-8 sequence contains the byte 0x0A.
 */
final class StrictUtf8Reader extends Reader {

    /** Bytes that are not UTF-8, on a given line. */
    static final class NotUtf8Exception extends IOException {
        private final long line;

        NotUtf8Exception(long line, CharacterCodingException cause) {
            super("not valid UTF-8 on line " + line, cause);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] lineBytes = new byte[8192];
    private CharBuffer pending = CharBuffer.allocate(0);
    private long line;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!pending.hasRemaining() && !decodeNextLine()) {
            return -1;
        }
        int count = Math.min(length, pending.remaining());
        pending.get(buffer, offset, count);
        return count;
    }

    private boolean decodeNextLine() throws IOException {
        int size = 0;
        int b;
        while ((b = in.read()) != -1) {
            if (size == lineBytes.length) {
                lineBytes = java.util.Arrays.copyOf(lineBytes, size * 2);
            }
            lineBytes[size++] = (byte) b;
            if (b == '\n') {
                break;
            }
        }
        if (size == 0) {
            return false;
        }
        line++;
        try {
            pending = decoder.decode(ByteBuffer.wrap(lineBytes, 0, size));
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(line, e);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
