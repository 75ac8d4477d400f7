package dev.ormplayground.challenge.workspace;

import dev.ormplayground.levels.FeedLevel;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a level is compiled against, where the running program has it: its own classes (a folder
 * under {@code ./mvnw javafx:run}, a jar in an app image's {@code lib/app}) and the jars of the
 * libraries a level's source uses. Each is found by the code source of a class it holds, which
 * names the jar whether it is on the class path or, under {@code javafx:run}, the module path.
 *
 * @param program   the folder or jar holding the program's classes ({@link FeedLevel}'s)
 * @param libraries the libraries, in the order a class path lists them
 */
public record LevelLibraries(Path program, List<Library> libraries) {

    /** The libraries a level compiles against, each with a class it holds. */
    private static final List<Library.Wanted> WANTED = List.of(
            new Library.Wanted("org.hibernate.orm", "hibernate-core", "org.hibernate.Session"),
            new Library.Wanted("jakarta.persistence", "jakarta.persistence-api", "jakarta.persistence.Entity"),
            // Hibernate's Transaction names its Synchronization: a level that registers one needs it
            new Library.Wanted("jakarta.transaction", "jakarta.transaction-api", "jakarta.transaction.Synchronization"),
            // the cached level's cache: a learner's copy of it needs it
            new Library.Wanted("com.github.ben-manes.caffeine", "caffeine", "com.github.benmanes.caffeine.cache.Caffeine"));

    public LevelLibraries {
        libraries = List.copyOf(libraries);
    }

    /**
     * One library as a Maven dependency: its coordinates (the version read from the jar's name,
     * as Maven names the jars it copies) and its jar.
     */
    public record Library(String groupId, String artifactId, String version, Path jar) {

        record Wanted(String groupId, String artifactId, String className) {
        }
    }

    /** The running program's: an {@link IllegalStateException} naming the library it cannot find. */
    public static LevelLibraries ofThisProgram() {
        List<Library> libraries = new ArrayList<>();
        for (Library.Wanted wanted : WANTED) {
            Class<?> type;
            try {
                type = Class.forName(wanted.className(), false, LevelLibraries.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The program runs without " + wanted.artifactId()
                        + " (no class " + wanted.className() + "): a level cannot be compiled against it", e);
            }
            Path jar = location(type);
            libraries.add(new Library(wanted.groupId(), wanted.artifactId(), version(wanted.artifactId(), jar), jar));
        }
        return new LevelLibraries(location(FeedLevel.class), libraries);
    }

    /** The jars, in order: what a class path of these libraries lists. */
    public List<Path> jars() {
        return libraries.stream().map(Library::jar).toList();
    }

    /** The folder or jar {@code type} was loaded from, absolute. */
    static Path location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("Cannot tell where " + type.getName() + " was loaded from");
        }
        Path path;
        try {
            path = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot tell where " + type.getName() + " was loaded from: "
                    + source.getLocation(), e);
        }
        if (!Files.exists(path)) {
            throw new IllegalStateException(type.getName() + " was loaded from " + path + ", which is not there");
        }
        return path;
    }

    /** {@code hibernate-core-7.4.13.Final.jar} gives {@code 7.4.13.Final}; a jar named otherwise, {@code unknown}. */
    static String version(String artifactId, Path jar) {
        Matcher named = Pattern.compile(Pattern.quote(artifactId) + "-(\\d[^/\\\\]*)\\.jar").matcher(jar.getFileName().toString());
        return named.matches() ? named.group(1) : "unknown";
    }
}
