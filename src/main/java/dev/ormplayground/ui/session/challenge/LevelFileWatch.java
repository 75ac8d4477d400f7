package dev.ormplayground.ui.session.challenge;

import dev.ormplayground.files.SavedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A level file opened from disk in the working place, watched: each save made outside (in the
 * learner's own editor) is read and told on the FX thread, where the working place shows it and
 * checks it. One file at a time.
 */
public final class LevelFileWatch implements AutoCloseable {

    private final ReadOnlyObjectWrapper<Path> watched = new ReadOnlyObjectWrapper<>();
    private SavedFiles files;

    /** Reads {@code file} now (its text returned) and tells {@code onSaved} its text after each later save. */
    public String watch(Path file, Consumer<String> onSaved) throws IOException {
        String text = Files.readString(file);
        stop();
        files = SavedFiles.watch(file, path -> true, saved -> {
            try {
                String now = Files.readString(saved);
                Platform.runLater(() -> onSaved.accept(now));
            } catch (IOException | UncheckedIOException gone) {
                // mid-save or removed: the next save tells it
            }
        });
        watched.set(file);
        return text;
    }

    public void stop() {
        if (files != null) {
            files.close();
            files = null;
        }
        watched.set(null);
    }

    /** The file watched now; null when none. */
    public ReadOnlyObjectProperty<Path> watchedProperty() {
        return watched.getReadOnlyProperty();
    }

    @Override
    public void close() {
        stop();
    }
}
