package dev.ormplayground.ui.common;

import dev.ormplayground.format.Words;
import java.util.Locale;

/**
 * The whole numbers a field accepts, and why a text is not one of them, in words a user reads
 * while typing: e.g. {@code "-3" is not a whole number of runs.} or {@code At most 500 posts a page.}
 *
 * @param askFor    what to type, for an empty field: {@code how many runs}
 * @param singular  the unit of one: {@code run}
 * @param plural    the unit of several: {@code runs}
 * @param atMostWhy said after the upper bound, e.g. {@code : more would take minutes}; may be empty
 * @param atLeastWhy said after the lower bound, e.g. {@code  a page}; may be empty
 */
public record WholeNumberRule(int min, int max, String askFor, String singular, String plural, String atMostWhy,
                              String atLeastWhy) {

    /** Why the text is not an accepted number, or null when it is one. */
    public String problem(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return "Type " + askFor + ", " + min + "-" + max + ".";
        }
        if (!value.matches("\\d+")) {
            return "\"" + value + "\" is not a whole number of " + plural + ".";
        }
        if (value.length() > 9 || Integer.parseInt(value) > max) {
            return String.format(Locale.ROOT, "At most %s%s.", Words.count(max, singular, plural), atMostWhy);
        }
        if (Integer.parseInt(value) < min) {
            return String.format(Locale.ROOT, "At least %s%s.", Words.count(min, singular, plural), atLeastWhy);
        }
        return null;
    }

    /** The number of a text that has no {@link #problem(String)}. */
    public int parse(String text) {
        return Integer.parseInt(text.strip());
    }
}
