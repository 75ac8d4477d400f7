package dev.ormplayground.cli;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.room.CheckResults;
import dev.ormplayground.challenge.room.RoomReport;
import dev.ormplayground.files.SafeFileWriter;
import dev.ormplayground.format.Words;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code challenge report}: an instructor's table of a room's check results, from the files the
 * learners handed in (hand-in files, result files, whole data folders): who passed what, in how
 * many tries. The table goes to stdout (or {@code --out}), each file it could not read to stderr.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"A room's check results as one table: one row per learner, one column per challenge.",
                "Give the files the learners handed in, their result files, or folders holding them (searched through)."
                        + " Exit 0 when a result was read, 2 when none could be."})
final class ChallengeReportCommand implements Callable<Integer> {

    enum Format { markdown, csv }

    @Mixin
    ChallengeOptions options;

    @Parameters(paramLabel = "FILE_OR_DIR", arity = "1..*",
            description = "Hand-in files, result files, or folders to search for them (e.g. a learner's data folder).")
    List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown (default) or csv: a status and a tries column per challenge.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the table to FILE instead of stdout; an existing file is never replaced.")
    Path out;

    @Override
    public Integer call() {
        if (out != null && Files.exists(out)) {
            throw options.usage("--out: " + out + " exists already; the report never replaces a file: give another name");
        }
        List<String> order = options.challenges().all().stream().map(Challenge::id).toList();
        CheckResults.Found found = CheckResults.find(paths);
        PrintWriter stdout = options.spec.commandLine().getOut();
        PrintWriter stderr = options.spec.commandLine().getErr();
        if (!found.results().isEmpty()) {
            RoomReport report = RoomReport.of(found.results(), order);
            String table = format == Format.csv ? report.csv() : report.markdown();
            if (out == null) {
                stdout.print(table);
            } else {
                SafeFileWriter.write(out, SafeFileWriter.IfExists.REFUSE, stream -> stream.write(table.getBytes(StandardCharsets.UTF_8)));
                stdout.printf(Locale.ROOT, "wrote %s: %s, %s%n", out, Words.count(report.learners().size(), "learner", "learners"),
                        Words.count(found.results().size(), "check", "checks"));
            }
            stdout.flush();
        }
        found.unreadable().forEach(stderr::println);
        if (found.results().isEmpty()) {
            stderr.println("no check result could be read in " + String.join(", ", paths.stream().map(Path::toString).toList()));
        }
        stderr.flush();
        return found.results().isEmpty() ? PlaygroundCommand.BAD_INPUT : 0;
    }
}
