package dev.ormplayground.challenge.workspace;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.ChallengeCode;
import dev.ormplayground.files.SafeFileWriter;
import dev.ormplayground.ladder.Ladder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a challenge workspace: a Maven project the learner's IDE opens as it is.
 *
 * <pre>
 * pom.xml                          the program's: what a level compiles against, by path
 * lib/orm-playground-api.jar       the program's: the domain and the levels, from its own classes
 * README.md, .gitignore            how to open and check it; target/ ignored
 * src/main/java/my/levels/My*.java the learner's: one starter a challenge, never replaced
 * </pre>
 *
 * Written again (after a pass opened the next challenge, or with the program updated), the
 * program's files are written anew, to point at the jars the program now runs with, and only the
 * starters not there yet are added: a learner's edits stay.
 */
public final class Workspace {

    public static final String API_JAR = "orm-playground-api.jar";
    public static final String SOURCES = "src/main/java";

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private Workspace() {
    }

    /**
     * What one write did.
     *
     * @param folder    the workspace, absolute
     * @param added     the starters written now
     * @param kept      the starters there already, left as they were
     * @param libraries what the pom compiles against
     */
    public record Written(Path folder, List<Starter> added, List<Starter> kept, LevelLibraries libraries) {

        public Written {
            added = List.copyOf(added);
            kept = List.copyOf(kept);
        }

        public Path pom() {
            return folder.resolve("pom.xml");
        }

        public Path apiJar() {
            return folder.resolve("lib").resolve(API_JAR);
        }
    }

    /** A challenge's starter in the workspace: {@code file} is relative to the workspace folder. */
    public record Starter(Challenge challenge, String className, Path file) {
    }

    /**
     * Writes the workspace {@code folder} (made if it is not there) for {@code challenges}, their
     * starters made from {@code ladder}'s levels, against {@code libraries}; {@code launcher} is how
     * the README's commands start the program, e.g. {@code orm-playground} or
     * {@code java -jar target/orm-playground.jar}. A file it cannot write is a
     * {@link dev.ormplayground.files.FileWriteException} or an {@link UncheckedIOException}.
     */
    public static Written write(Path folder, List<Challenge> challenges, Ladder ladder, LevelLibraries libraries,
                                String launcher) {
        Path root = folder.toAbsolutePath().normalize();
        List<Starter> starters = starters(challenges, ladder);
        directories(root.resolve("lib"));
        ApiJar.write(libraries.program(), root.resolve("lib").resolve(API_JAR));
        text(root.resolve("pom.xml"), WorkspacePom.of(API_JAR, libraries.libraries()), SafeFileWriter.IfExists.REPLACE);
        if (!Files.exists(root.resolve(".gitignore"))) {
            text(root.resolve(".gitignore"), "target/\n", SafeFileWriter.IfExists.REFUSE);
        }
        List<Starter> added = new ArrayList<>();
        List<Starter> kept = new ArrayList<>();
        for (Starter starter : starters) {
            Path file = root.resolve(starter.file());
            if (Files.exists(file)) {
                kept.add(starter);
                continue;
            }
            directories(file.getParent());
            text(file, ChallengeCode.source(starter.challenge(), starter.challenge().starter(), ladder, starter.className()),
                    SafeFileWriter.IfExists.REFUSE);
            added.add(starter);
        }
        text(root.resolve("README.md"), readme(starters, launcher), SafeFileWriter.IfExists.REPLACE);
        return new Written(root, added, kept, libraries);
    }

    /** Each challenge's starter: its class {@link ChallengeCode#defaultClassName}, its file under the starter's package. */
    static List<Starter> starters(List<Challenge> challenges, Ladder ladder) {
        List<Starter> starters = new ArrayList<>();
        Map<Path, Challenge> byFile = new HashMap<>();
        for (Challenge challenge : challenges) {
            String className = ChallengeCode.defaultClassName(challenge);
            String source = ChallengeCode.source(challenge, challenge.starter(), ladder, className);
            Matcher declared = PACKAGE.matcher(source);
            Path file = Path.of(SOURCES);
            if (declared.find()) {
                for (String part : declared.group(1).split("\\.")) {
                    file = file.resolve(part);
                }
            }
            file = file.resolve(className + ".java");
            Challenge before = byFile.putIfAbsent(file, challenge);
            if (before != null) {
                throw new IllegalArgumentException("the challenges " + before.id() + " and " + challenge.id()
                        + " both name their starter " + file + ": give one of them another id");
            }
            starters.add(new Starter(challenge, className, file));
        }
        return starters;
    }

    private static String readme(List<Starter> starters, String launcher) {
        StringBuilder text = new StringBuilder("""
                # My ORM Playground levels

                Written by ORM Playground (`challenge workspace`). Open this folder in your IDE (IntelliJ IDEA,
                VS Code with the Java extension, Eclipse) as a Maven project: Hibernate, JPA and the level API
                (`dev.ormplayground.levels.FeedLevel`, `dev.ormplayground.domain.*`) are on its class path, and
                `mvn -o compile` compiles it offline.

                Check a level against its challenge:

                """);
        text.append("```\n");
        if (starters.isEmpty()) {
            text.append(launcher).append(" challenge check ID --level-file ").append(SOURCES).append("/my/levels/MyLevel.java\n");
        }
        for (Starter starter : starters) {
            text.append(launcher).append(" challenge check ").append(starter.challenge().id()).append(" --level-file ")
                    .append(slashes(starter.file())).append('\n');
        }
        text.append("```\n\n");
        text.append("`").append(launcher).append(" challenge watch DIR` checks on every save.\n\n");
        text.append("""
                `pom.xml`, `lib/` and this README are the program's: `challenge workspace` writes them again. Your
                files under `src/` are never replaced; written again, the workspace only adds the starters of
                challenges newly open.
                """);
        return text.toString();
    }

    private static String slashes(Path path) {
        return path.toString().replace(path.getFileSystem().getSeparator(), "/");
    }

    private static void directories(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void text(Path file, String text, SafeFileWriter.IfExists ifExists) {
        SafeFileWriter.write(file, ifExists, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
