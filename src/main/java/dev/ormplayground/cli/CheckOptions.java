package dev.ormplayground.cli;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.isolated.CheckLimits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** What a check of a learner's level shares on the command line: its limits and the learner's name. */
final class CheckOptions {

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "How long the level may run on each data set before the check ends it (1-3600; default: 30 on the"
                    + " sample data, and 1 more per 1,000 hidden posts on the hidden data).")
    Integer timeLimit;

    @Option(names = "--memory-limit", paramLabel = "MB",
            description = "The heap of the check's own JVM (256-16384; default: 512 MB plus what the hidden data set needs).")
    Integer memoryLimit;

    @Option(names = "--learner", paramLabel = "NAME",
            description = "Whose result this is, in the result file (default: the system's user name).")
    String learner;

    /** The limits asked for, or the challenge's defaults; an {@link IllegalArgumentException} naming the valid range. */
    CheckLimits limits(Challenge challenge) {
        CheckLimits defaults = CheckLimits.of(challenge);
        int memory = memoryLimit == null ? defaults.memoryMegabytes() : memoryLimit;
        return timeLimit == null ? new CheckLimits(defaults.sample(), defaults.hidden(), memory)
                : new CheckLimits(Duration.ofSeconds(timeLimit), memory);
    }
}
