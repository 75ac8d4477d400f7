package dev.ormplayground.challenge;

import dev.ormplayground.files.SafeFileWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Which challenges the user has passed, kept in the user's data folder beside the levels they
 * write ({@code challenge-progress.properties}), written whole or not at all after each change.
 * A challenge is open when it is the first, when the one before it was passed, or when all are
 * open (a workshop: {@link #openAll}).
 */
public final class ChallengeProgress {

    public static final String FILE = "challenge-progress.properties";
    private static final String PASSED = "passed";
    private static final String ALL_OPEN = "all-open";

    private final Path file;
    private final Set<String> passed = new LinkedHashSet<>();
    private boolean allOpen;

    private ChallengeProgress(Path file) {
        this.file = file;
    }

    /** The progress kept in {@code folder}; none yet if it holds no progress file. */
    public static ChallengeProgress in(Path folder) {
        ChallengeProgress progress = new ChallengeProgress(folder.resolve(FILE));
        if (Files.isRegularFile(progress.file)) {
            Properties stored = new Properties();
            try (Reader in = Files.newBufferedReader(progress.file, StandardCharsets.UTF_8)) {
                stored.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read your challenge progress in " + progress.file + ": "
                        + e.getMessage(), e);
            }
            Arrays.stream(stored.getProperty(PASSED, "").split(",")).map(String::strip).filter(id -> !id.isEmpty())
                    .forEach(progress.passed::add);
            progress.allOpen = Boolean.parseBoolean(stored.getProperty(ALL_OPEN, "false"));
        }
        return progress;
    }

    public boolean passed(String id) {
        return passed.contains(id);
    }

    /** Whether {@code challenge} may be tried now, in the order of {@code all}. */
    public boolean open(Challenge challenge, List<Challenge> all) {
        int at = all.indexOf(challenge);
        return allOpen || at <= 0 || passed(all.get(at - 1).id());
    }

    public boolean allOpen() {
        return allOpen;
    }

    public void markPassed(String id) {
        if (passed.add(id)) {
            save();
        }
    }

    /** Every challenge open at once, for a workshop; or back to one after the other. */
    public void openAll(boolean open) {
        allOpen = open;
        save();
    }

    /** Forgets every pass: the challenges start again from the first. */
    public void reset() {
        passed.clear();
        save();
    }

    private void save() {
        Properties stored = new Properties();
        stored.setProperty(PASSED, String.join(",", passed));
        stored.setProperty(ALL_OPEN, String.valueOf(allOpen));
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the folder " + file.getParent() + ": " + e.getMessage(), e);
        }
        SafeFileWriter.write(file, SafeFileWriter.IfExists.REPLACE, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            stored.store(writer, "ORM Playground: the challenges you passed");
            writer.flush();
        });
    }
}
