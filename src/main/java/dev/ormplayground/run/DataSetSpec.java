package dev.ormplayground.run;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which blog to load: a folder of CSV files (the sample data), or a generated blog of a given
 * number of posts from a seed.
 */
public record DataSetSpec(Path folder, int generatedPosts, long seed) {

    public static final long DEFAULT_SEED = 42;
    public static final int MAX_GENERATED_POSTS = 1_000_000;
    public static final Path SAMPLE_DATA = Path.of("sample-data");

    public DataSetSpec {
        if (folder == null && (generatedPosts < 1 || generatedPosts > MAX_GENERATED_POSTS)) {
            throw new IllegalArgumentException("generated posts must be 1-" + MAX_GENERATED_POSTS
                    + ", got " + generatedPosts);
        }
    }

    public static DataSetSpec csv(Path folder) {
        return new DataSetSpec(folder, 0, 0);
    }

    public static DataSetSpec sample() {
        return csv(SAMPLE_DATA);
    }

    public static DataSetSpec generated(int posts) {
        return new DataSetSpec(null, posts, DEFAULT_SEED);
    }

    public boolean isGenerated() {
        return folder == null;
    }

    /** A short name for reports, e.g. {@code sample-data} or {@code generated (seed 42)}. */
    public String label() {
        return isGenerated()
                ? String.format(Locale.ROOT, "generated (seed %d)", seed)
                : folder.toString();
    }
}
