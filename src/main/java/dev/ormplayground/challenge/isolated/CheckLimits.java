package dev.ormplayground.challenge.isolated;

import dev.ormplayground.challenge.Challenge;
import java.time.Duration;

/**
 * The limits of a check's JVM: how long the learner's level may run on each data set, and the
 * heap. The program's own work (starting the JVM, opening a data set) has a limit of its own,
 * {@link #OPENING}, that a learner's code never touches.
 */
public record CheckLimits(Duration perDataSet, int memoryMegabytes) {

    /** Far above what a right level needs on any shipped hidden data set, even in a JVM still compiling. */
    public static final Duration DEFAULT_TIME = Duration.ofSeconds(30);
    public static final Duration OPENING = Duration.ofMinutes(5);
    public static final int MIN_MEMORY = 256;
    public static final int MAX_MEMORY = 16_384;
    public static final int MAX_SECONDS = 3_600;

    public CheckLimits {
        if (perDataSet.isNegative() || perDataSet.isZero() || perDataSet.toSeconds() > MAX_SECONDS) {
            throw new IllegalArgumentException("the time limit must be 1 to " + MAX_SECONDS + " seconds, got "
                    + perDataSet.toSeconds());
        }
        if (memoryMegabytes < MIN_MEMORY || memoryMegabytes > MAX_MEMORY) {
            throw new IllegalArgumentException("the memory limit must be " + MIN_MEMORY + " to " + MAX_MEMORY
                    + " MB, got " + memoryMegabytes);
        }
    }

    /** The default for {@code challenge}: the heap its hidden data set needs, with room for a right level's work. */
    public static CheckLimits of(Challenge challenge) {
        return new CheckLimits(DEFAULT_TIME, defaultMemory(challenge));
    }

    /** 512 MB, and about 12 KB more per hidden post (100,000 posts took about 1.2 GB in the window). */
    public static int defaultMemory(Challenge challenge) {
        long megabytes = 512 + (long) challenge.hidden().posts() * 12 / 1024;
        return (int) Math.min(MAX_MEMORY, megabytes);
    }
}
