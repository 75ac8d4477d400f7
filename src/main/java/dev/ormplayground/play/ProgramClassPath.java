package dev.ormplayground.play;

import dev.ormplayground.levels.FeedLevel;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Where this program's classes and its libraries are, as one class path: the JVM's class path,
 * its module path (under {@code javafx:run} everything is there), and the code sources of the
 * program's level API and of Hibernate and JPA (under a test runner the class path may be one
 * launcher jar). What a user's level compiles against, and what a check's own JVM runs on.
 */
public final class ProgramClassPath {

    private ProgramClassPath() {
    }

    public static List<String> entries() {
        Set<String> entries = new LinkedHashSet<>();
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            entries.addAll(List.of(System.getProperty(property, "").split(File.pathSeparator)));
        }
        for (Class<?> type : List.of(FeedLevel.class, Session.class, jakarta.persistence.Entity.class)) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | NullPointerException | SecurityException e) {
                // The JVM's class path holds it, or the compile error says what is missing.
            }
        }
        entries.remove("");
        return List.copyOf(entries);
    }

    public static String joined() {
        return String.join(File.pathSeparator, entries());
    }
}
