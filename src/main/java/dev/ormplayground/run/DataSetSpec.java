package dev.ormplayground.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Which blog to load: a folder of CSV files (the sample data), or a generated blog of a given
 * number of posts from a seed.
 */
public record DataSetSpec(Path folder, int generatedPosts, long seed) {

    public static final long DEFAULT_SEED = 42;
    public static final int MAX_GENERATED_POSTS = 1_000_000;
    /** Where the sample data is: {@code sample-data} here, or where the app image's launcher says (its own copy). */
    public static final Path SAMPLE_DATA = Path.of(System.getProperty("ormplayground.sample-data", "sample-data"));

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

    /**
     * This data set as one line to remember it by ({@code sample}, {@code generated 10000 42},
     * {@code folder /home/me/blog}), read back by {@link #fromMemory}.
     */
    public String toMemory() {
        if (isGenerated()) {
            return "generated " + generatedPosts + " " + seed;
        }
        return folder.equals(SAMPLE_DATA) ? "sample" : "folder " + folder.toAbsolutePath();
    }

    /** The data set a {@link #toMemory} line names; the sample data when the line is empty, broken or names a folder gone since. */
    public static DataSetSpec fromMemory(String line) {
        try {
            String[] parts = line == null ? new String[0] : line.strip().split(" ", 2);
            if (parts.length == 2 && parts[0].equals("generated")) {
                String[] size = parts[1].split(" ");
                return new DataSetSpec(null, Integer.parseInt(size[0]), Long.parseLong(size[1]));
            }
            if (parts.length == 2 && parts[0].equals("folder") && Files.isDirectory(Path.of(parts[1]))) {
                return csv(Path.of(parts[1]));
            }
        } catch (RuntimeException broken) {
            // A line from another version, or edited by hand: start from the sample data.
        }
        return sample();
    }

    /** A short name for reports, e.g. {@code sample-data} or {@code generated (seed 42)}. */
    public String label() {
        return isGenerated()
                ? String.format(Locale.ROOT, "generated (seed %d)", seed)
                : folder.equals(SAMPLE_DATA) ? "sample-data" : folder.toString(); // wherever the image keeps it
    }
}
