package dev.ormplayground.ladder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Java source of a level, exactly as it was compiled: the build copies each level's own
 * {@code .java} file onto the classpath under {@code level-sources/} (see the pom), so the code
 * the window shows cannot drift from the code that runs.
 */
public final class LevelSource {

    static final String ROOT = "/level-sources/";

    private LevelSource() {
    }

    public static String of(Level level) {
        Class<?> type = level.feed().getClass();
        String path = ROOT + type.getPackageName().replace('.', '/') + "/" + level.sourceFileName();
        try (InputStream in = LevelSource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The source of level " + level.id() + " is missing from the build: "
                        + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the source of level " + level.id(), e);
        }
    }
}
