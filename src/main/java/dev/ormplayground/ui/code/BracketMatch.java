package dev.ormplayground.ui.code;

import dev.ormplayground.play.JavaText;

/**
 * The bracket that matches the one at the caret, or just before it: {@code ( ) [ ] { }} in the
 * code only, the ones in strings, character literals and comments left out.
 */
final class BracketMatch {

    private static final String OPENING = "([{";
    private static final String CLOSING = ")]}";

    /** The two brackets' offsets, the one at the caret first. */
    record Pair(int at, int match) {
    }

    private BracketMatch() {
    }

    /** The pair at {@code caret} in {@code text}, or null when no bracket there has a match. */
    static Pair at(String text, int caret) {
        if (text.isEmpty()) {
            return null;
        }
        byte[] kinds = null;
        for (int at : new int[] {caret, caret - 1}) {
            if (at < 0 || at >= text.length() || OPENING.indexOf(text.charAt(at)) < 0
                    && CLOSING.indexOf(text.charAt(at)) < 0) {
                continue;
            }
            if (kinds == null) {
                kinds = JavaText.kinds(text);
            }
            if (kinds[at] != JavaText.CODE) {
                continue;
            }
            int match = match(text, kinds, at);
            if (match >= 0) {
                return new Pair(at, match);
            }
        }
        return null;
    }

    private static int match(String text, byte[] kinds, int at) {
        char bracket = text.charAt(at);
        int open = OPENING.indexOf(bracket);
        char other = open >= 0 ? CLOSING.charAt(open) : OPENING.charAt(CLOSING.indexOf(bracket));
        int step = open >= 0 ? 1 : -1;
        int depth = 0;
        for (int i = at; i >= 0 && i < text.length(); i += step) {
            if (kinds[i] != JavaText.CODE) {
                continue;
            }
            char c = text.charAt(i);
            if (c == bracket) {
                depth++;
            } else if (c == other && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
