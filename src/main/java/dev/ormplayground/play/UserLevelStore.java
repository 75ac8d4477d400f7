package dev.ormplayground.play;

import dev.ormplayground.files.SafeFileWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where the levels the user wrote are kept between two starts: one {@code .java} file per level
 * in the user's own data folder for this program, never in the project or the program's folder,
 * and a small {@code origins.properties} saying which level each was copied from. Files are
 * written whole or not at all ({@link SafeFileWriter}).
 */
public final class UserLevelStore {

    /** A system property that moves the folder (the tests use it, so they never touch the user's own). */
    public static final String FOLDER_PROPERTY = "ormplayground.data.dir";
    private static final String ORIGINS = "origins.properties";

    /** A level as saved: its file's name ({@code MyFeed.java}), its source and the id of the level it came from ("" if none). */
    public record Stored(String fileName, String source, String origin) {

        public String className() {
            return fileName.substring(0, fileName.length() - ".java".length());
        }
    }

    private final Path folder;

    public UserLevelStore(Path folder) {
        this.folder = folder;
    }

    /** The store in this user's data folder: {@link #dataFolder()}{@code /levels}. */
    public static UserLevelStore standard() {
        return new UserLevelStore(dataFolder().resolve("levels"));
    }

    /**
     * This program's folder for the user's own files, per OS: {@code $XDG_DATA_HOME/orm-playground}
     * (or {@code ~/.local/share/orm-playground}) on Linux, {@code %APPDATA%\orm-playground} on
     * Windows, {@code ~/Library/Application Support/orm-playground} on macOS.
     */
    public static Path dataFolder() {
        String moved = System.getProperty(FOLDER_PROPERTY);
        if (moved != null && !moved.isBlank()) {
            return Path.of(moved);
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData)).resolve("orm-playground");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("orm-playground");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg))
                .resolve("orm-playground");
    }

    /** A store in a new temporary folder: a test's window, which must not see the user's own levels. */
    public static UserLevelStore temporary() {
        try {
            // a folder of its own around it: what sits beside the levels (challenge progress) is the test's too
            return new UserLevelStore(Files.createTempDirectory("orm-playground").resolve("levels"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a folder for the levels you write: " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** Every saved level, by file name; none when the folder does not exist yet. */
    public List<Stored> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Properties origins = origins();
        List<Stored> levels = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList()) {
                String name = file.getFileName().toString();
                levels.add(new Stored(name, Files.readString(file, StandardCharsets.UTF_8),
                        origins.getProperty(name, "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read your levels in " + folder + ": " + e.getMessage(), e);
        }
        return levels;
    }

    /** Saves a level, replacing its last version; creates the folder the first time. */
    public void save(Stored level) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + folder + " for your levels: " + e.getMessage(), e);
        }
        SafeFileWriter.write(folder.resolve(level.fileName()), SafeFileWriter.IfExists.REPLACE,
                out -> out.write(level.source().getBytes(StandardCharsets.UTF_8)));
        Properties origins = origins();
        if (!level.origin().equals(origins.getProperty(level.fileName(), ""))) {
            origins.setProperty(level.fileName(), level.origin());
            writeOrigins(origins);
        }
    }

    /** Deletes a saved level; nothing happens when it is not there. */
    public void delete(String fileName) {
        try {
            Files.deleteIfExists(folder.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + folder.resolve(fileName) + ": " + e.getMessage(), e);
        }
        Properties origins = origins();
        if (origins.remove(fileName) != null) {
            writeOrigins(origins);
        }
    }

    private Properties origins() {
        Properties origins = new Properties();
        Path file = folder.resolve(ORIGINS);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                origins.load(in);
            } catch (IOException e) {
                // Only the "copied from" notes are lost; the levels themselves are their own files.
            }
        }
        return origins;
    }

    private void writeOrigins(Properties origins) {
        SafeFileWriter.write(folder.resolve(ORIGINS), SafeFileWriter.IfExists.REPLACE, (OutputStream out) ->
                origins.store(out, "Which level each of your levels was copied from"));
    }
}
