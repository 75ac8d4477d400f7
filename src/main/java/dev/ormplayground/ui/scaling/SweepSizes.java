package dev.ormplayground.ui.scaling;

import dev.ormplayground.run.DataSetSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The data sizes of a scaling sweep as the user types them: numbers of posts separated by
 * commas or spaces, {@code 10k} for 10,000 and {@code 1m} for 1,000,000. Pure: no JavaFX.
 */
final class SweepSizes {

    static final int MAX_SIZES = 6;
    private static final Pattern SIZE = Pattern.compile("(\\d[\\d_]*)([km]?)", Pattern.CASE_INSENSITIVE);

    private SweepSizes() {
    }

    /** The sizes, ascending and without repeats; an IllegalArgumentException says what is wrong. */
    static List<Integer> parse(String text) {
        String[] tokens = text.strip().split("[,;\\s]+");
        if (text.isBlank()) {
            throw new IllegalArgumentException("Type the numbers of posts, e.g. 1000, 10000, 100000.");
        }
        TreeSet<Integer> sizes = new TreeSet<>();
        for (String token : tokens) {
            Matcher matcher = SIZE.matcher(token);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("\"" + token + "\" is not a number of posts (e.g. 1000 or 10k).");
            }
            long multiplier = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
                case "k" -> 1_000;
                case "m" -> 1_000_000;
                default -> 1;
            };
            String digits = matcher.group(1).replace("_", "");
            long posts = digits.length() > 9 ? Long.MAX_VALUE : Long.parseLong(digits) * multiplier;
            if (posts < 1 || posts > DataSetSpec.MAX_GENERATED_POSTS) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "\"%s\": a generated blog has 1 to %,d posts.", token, DataSetSpec.MAX_GENERATED_POSTS));
            }
            sizes.add((int) posts);
        }
        if (sizes.size() > MAX_SIZES) {
            throw new IllegalArgumentException("At most " + MAX_SIZES + " sizes: each one is loaded and measured.");
        }
        return new ArrayList<>(sizes);
    }

    /** e.g. {@code 1,000 · 10,000 · 100,000 posts}. */
    static String describe(List<Integer> sizes) {
        return sizes.stream().map(size -> String.format(Locale.ROOT, "%,d", size))
                .collect(Collectors.joining(" · ")) + " posts";
    }
}
