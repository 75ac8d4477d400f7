package dev.ormplayground.format;

import java.util.Locale;

/** Counted words, so no face ever shows "1 queries" or "2 run". */
public final class Words {

    private Words() {
    }

    /** e.g. {@code 1 query}, {@code 53 queries}, {@code 1,188 comments}. */
    public static String count(long count, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", count, of(count, singular, plural));
    }

    /** The word alone: {@code singular} for one, {@code plural} for any other count. */
    public static String of(long count, String singular, String plural) {
        return count == 1 ? singular : plural;
    }
}
