package dev.ormplayground.challenge.isolated;

import dev.ormplayground.challenge.Challenge;
import java.time.Duration;

/**
 * The limits of a check's JVM: how long the learner's level may run on the sample data and on the
 * hidden data set (the check runs them in that order), and the
 * heap. The program's own work (starting the JVM, opening a data set) has a limit of its own,
 * {@link #OPENING}, that a learner's code never touches.
 */
public record CheckLimits(Duration sample, Duration hidden, int memoryMegabytes) {

    /** Far above what a right level needs on the sample data or a small hidden data set, even in a JVM still compiling. */
    public static final Duration DEFAULT_TIME = Duration.ofSeconds(30);
    public static final Duration OPENING = Duration.ofMinutes(5);
    public static final int MIN_MEMORY = 256;
    public static final int MAX_MEMORY = 16_384;
    public static final int MAX_SECONDS = 3_600;

    public CheckLimits {
        for (Duration limit : new Duration[] {sample, hidden}) {
            if (limit.isNegative() || limit.isZero() || limit.toSeconds() > MAX_SECONDS) {
                throw new IllegalArgumentException("the time limit must be 1 to " + MAX_SECONDS + " seconds, got "
                        + limit.toSeconds());
            }
        }
        if (memoryMegabytes < MIN_MEMORY || memoryMegabytes > MAX_MEMORY) {
            throw new IllegalArgumentException("the memory limit must be " + MIN_MEMORY + " to " + MAX_MEMORY
                    + " MB, got " + memoryMegabytes);
        }
    }

    /** The same time limit on both data sets. */
    public CheckLimits(Duration perDataSet, int memoryMegabytes) {
        this(perDataSet, perDataSet, memoryMegabytes);
    }

    /**
     * The default for {@code challenge}: 30 s on the sample data, and 1 s more per 1,000 hidden
     * posts on the hidden data (130 s for 100,000 posts, where the solution ran in 8-13 s); the
     * heap its hidden data set needs, with room for a right level's work.
     */
    public static CheckLimits of(Challenge challenge) {
        return new CheckLimits(DEFAULT_TIME, DEFAULT_TIME.plusSeconds(challenge.hidden().posts() / 1000),
                defaultMemory(challenge));
    }

    /** 512 MB, and about 12 KB more per hidden post (100,000 posts took about 1.2 GB in the window). */
    public static int defaultMemory(Challenge challenge) {
        long megabytes = 512 + (long) challenge.hidden().posts() * 12 / 1024;
        return (int) Math.min(MAX_MEMORY, megabytes);
    }
}
