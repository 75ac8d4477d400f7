package dev.ormplayground.cli;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.ChallengeProgress;
import dev.ormplayground.challenge.Challenges;
import dev.ormplayground.challenge.workspace.LevelLibraries;
import dev.ormplayground.challenge.workspace.ProgramLauncher;
import dev.ormplayground.challenge.workspace.Workspace;
import dev.ormplayground.files.FileWriteException;
import dev.ormplayground.format.Words;
import dev.ormplayground.ladder.Ladder;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
 * {@code challenge workspace DIR}: a Maven project for the learner's own IDE, with the starters of
 * the challenges open to them (every one with {@code --all}), Hibernate, JPA and the level API on
 * its class path. Written again, it adds the starters newly open and keeps the learner's files.
 */
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "Write a Maven project your IDE opens: the open challenges' starters, with Hibernate, JPA"
                + " and the level API on its class path; it compiles offline (mvn -o compile)."
                + " Written again, it keeps your files and adds only new starters.")
final class ChallengeWorkspaceCommand implements Callable<Integer> {

    @Mixin
    ChallengeOptions options;

    @Parameters(paramLabel = "DIR", description = "The folder to write, made if it is not there.")
    Path folder;

    @Option(names = "--all", description = "Every challenge's starter, not only the open ones.")
    boolean all;

    @Override
    public Integer call() {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw options.usage("DIR: " + dir + " is a file, not a folder; give a folder (it is made if it is not there)");
        }
        Challenges challenges = options.challenges();
        ChallengeProgress progress = options.progress();
        List<Challenge> chosen = all ? challenges.all()
                : challenges.all().stream().filter(challenge -> progress.open(challenge, challenges.all())).toList();
        LevelLibraries libraries = LevelLibraries.ofThisProgram();
        Workspace.Written written;
        try {
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw options.usage("DIR: " + dir + " is not writable; give a folder you may write in");
            }
            written = Workspace.write(dir, chosen, Ladder.standard(), libraries, ProgramLauncher.of(libraries.program()));
        } catch (java.io.IOException | UncheckedIOException | FileWriteException e) {
            throw options.usage("DIR: cannot write the workspace in " + dir + ": " + e.getMessage());
        }
        print(written);
        return 0;
    }

    private void print(Workspace.Written written) {
        PrintWriter out = options.spec.commandLine().getOut();
        Path root = written.folder();
        out.printf(Locale.ROOT, "wrote the workspace %s%n", root);
        out.printf(Locale.ROOT, "  pom.xml          compiles against %s, by their paths%n",
                String.join(", ", written.libraries().libraries().stream()
                        .map(library -> library.artifactId() + " " + library.version()).toList()));
        out.printf(Locale.ROOT, "  lib/%s  the level API (domain, levels), from this program%n", Workspace.API_JAR);
        out.printf(Locale.ROOT, "  README.md, .gitignore%n");
        for (Workspace.Starter starter : written.added()) {
            out.printf(Locale.ROOT, "  %s  new: challenge %s%n", slashes(starter.file()), starter.challenge().id());
        }
        for (Workspace.Starter starter : written.kept()) {
            out.printf(Locale.ROOT, "  %s  kept as you left it: challenge %s%n", slashes(starter.file()),
                    starter.challenge().id());
        }
        if (written.added().isEmpty() && written.kept().isEmpty()) {
            out.printf(Locale.ROOT, "  no starter: no challenge is open (--all writes every one)%n");
        } else {
            out.printf(Locale.ROOT, "%s, %s: a file of yours is never replaced.%n",
                    Words.count(written.added().size(), "starter added", "starters added"),
                    Words.count(written.kept().size(), "kept", "kept"));
        }
        out.printf(Locale.ROOT, "Open %s in your IDE as a Maven project (IntelliJ IDEA: File > Open; VS Code: Open Folder;"
                + " Eclipse: Import > Existing Maven Projects), or compile it: cd %s && mvn -o compile%n", root, root);
        if (!written.added().isEmpty() || !written.kept().isEmpty()) {
            Workspace.Starter first = written.added().isEmpty() ? written.kept().get(0) : written.added().get(0);
            out.printf(Locale.ROOT, "Check one: %s challenge check %s --level-file %s%n", ProgramLauncher.of(written.libraries().program()),
                    first.challenge().id(), root.resolve(first.file()));
        }
        out.flush();
    }

    private static String slashes(Path path) {
        return path.toString().replace(path.getFileSystem().getSeparator(), "/");
    }
}
