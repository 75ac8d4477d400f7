package dev.ormplayground.ui.session;

import dev.ormplayground.files.SafeFileWriter;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ladder.LevelSource;
import dev.ormplayground.play.LevelCopy;
import dev.ormplayground.play.UserLevelStore;
import dev.ormplayground.ui.work.BackgroundThreads;
import dev.ormplayground.ui.work.EngineLink;
import dev.ormplayground.ui.work.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The third shelf: the levels the user writes. Each is kept in the user's own data folder
 * ({@link UserLevelStore}), saved a moment after each edit, and comes back at the next start.
 * Files are read and written on a thread of their own, never the FX thread's; the methods and
 * the list are for the FX thread.
 */
public final class UserLevels implements AutoCloseable {

    /** How long typing must pause before the level is saved: not a write per key. */
    static final Duration SAVE_AFTER = Duration.millis(600);

    private final UserLevelStore store;
    private final Ladder ladder;
    private final EngineLink link;
    private final ObjectProperty<Level> selected;
    private final ObservableList<UserLevel> levels = FXCollections.observableArrayList();
    private final ObservableList<UserLevel> levelsView = FXCollections.unmodifiableObservableList(levels);
    private final Map<UserLevel, PauseTransition> pendingSaves = new HashMap<>();
    private final ExecutorService files = Executors.newSingleThreadExecutor(BackgroundThreads.named("user-levels"));
    private int nextNumber = Level.FIRST_USER_NUMBER;

    UserLevels(UserLevelStore store, Ladder ladder, EngineLink link, ObjectProperty<Level> selected) {
        this.store = store;
        this.ladder = ladder;
        this.link = link;
        this.selected = selected;
    }

    /** Makes a copy of the selected level that the user can edit, and picks it. */
    public void editCopy() {
        Level from = selected.get();
        try {
            UserLevel copy = copy(from);
            selected.set(copy.levelProperty().get());
            link.status(copy.className() + " is yours to edit, a copy of " + from + ": change it, then Ctrl+Enter"
                    + " compiles and runs it.");
        } catch (RuntimeException e) {
            link.error("Could not copy " + from + ": " + Messages.describe(e));
        }
    }

    /** Picks one of the user's levels. */
    public void select(UserLevel level) {
        selected.set(level.levelProperty().get());
    }

    /** Reads the levels saved before, in the background, and puts them on the shelf. */
    void loadSaved() {
        files.execute(() -> {
            try {
                List<UserLevelStore.Stored> saved = store.list();
                Platform.runLater(() -> saved.forEach(this::addSaved));
            } catch (RuntimeException e) {
                Platform.runLater(() -> link.error("Your levels could not be read: " + Messages.describe(e)));
            }
        });
    }

    /** The folder the levels are saved in. */
    public Path folder() {
        return store.folder();
    }

    public ObservableList<UserLevel> levels() {
        return levelsView;
    }

    public Optional<UserLevel> byId(String id) {
        return levels.stream().filter(level -> level.id().equals(id)).findFirst();
    }

    /** The user's level behind {@code level}, if it is one of theirs. */
    public Optional<UserLevel> of(Level level) {
        return level != null && level.usersOwn() ? byId(level.id()) : Optional.empty();
    }

    /**
     * The user's level of the class {@code className}, or, if there is none yet, a new one of
     * {@code source} (a challenge's starter), saved at once; {@code origin} is the level it was
     * copied from, or null.
     */
    public UserLevel findOrCreate(String className, Level origin, String source) {
        return find(className).orElseGet(() -> add(className, origin, source, source, true));
    }

    /** The user's level of the class {@code className}, if there is one. */
    public Optional<UserLevel> find(String className) {
        return levels.stream().filter(level -> level.className().equals(className)).findFirst();
    }

    /** A new level of the user's, a copy of {@code from} (one of theirs too, or the program's), saved at once. */
    public UserLevel copy(Level from) {
        List<String> taken = levels.stream().map(UserLevel::className).toList();
        Optional<UserLevel> own = of(from);
        if (own.isPresent()) {
            String name = LevelCopy.unique(own.get().className(), taken);
            String source = LevelCopy.of(own.get().className(), own.get().textProperty().get(), name);
            return add(name, own.get().origin(), source, source, true);
        }
        String name = LevelCopy.className(from, taken);
        String source = copyOf(from, name);
        return add(name, from, source, source, true);
    }

    private static String copyOf(Level level, String className) {
        return LevelCopy.of(level.feed().getClass().getSimpleName(), LevelSource.of(level), className);
    }

    /** A level saved before: marked against the copy of its origin as it would be made now, or its text if it has none. */
    private void addSaved(UserLevelStore.Stored saved) {
        Level origin = ladder.find(saved.origin()).orElse(null);
        add(saved.className(), origin, saved.source(), origin == null ? saved.source() : copyOf(origin, saved.className()),
                false);
    }

    /**
     * Opens a {@code .java} file as a level of the user's, named after the file; {@code done}
     * gets it on the FX thread, or the error banner says why not.
     */
    public void open(Path file, Consumer<UserLevel> done) {
        String fileName = file.getFileName().toString();
        if (!fileName.endsWith(".java") || fileName.length() <= ".java".length()) {
            link.error("Open a .java file: " + fileName + " is not one.");
            return;
        }
        String name = fileName.substring(0, fileName.length() - ".java".length());
        if (levels.stream().anyMatch(level -> level.className().equals(name))) {
            link.error("A level named " + name + " is already on your shelf: rename the file, or remove that level first.");
            return;
        }
        files.execute(() -> {
            try {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Platform.runLater(() -> done.accept(add(name, null, source, source, true)));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> link.error("Could not open " + file + ": " + Messages.describe(e)));
            }
        });
    }

    /** Writes the level's code as typed to a {@code .java} file of the user's choosing, whole or not at all. */
    public void saveTo(UserLevel level, Path file) {
        String source = level.textProperty().get();
        files.execute(() -> {
            try {
                SafeFileWriter.write(file, SafeFileWriter.IfExists.REPLACE,
                        out -> out.write(source.getBytes(StandardCharsets.UTF_8)));
                Platform.runLater(() -> link.status("Saved " + level.className() + " to " + file + "."));
            } catch (RuntimeException e) {
                Platform.runLater(() -> link.error("Could not save " + level.className() + ": " + Messages.describe(e)));
            }
        });
    }

    /**
     * Takes the level off the shelf and deletes its saved file; picked, the level it was copied
     * from (or naive) takes its place.
     */
    public void remove(UserLevel level) {
        if (selected.get().id().equals(level.id())) {
            selected.set(level.origin() == null ? ladder.first() : level.origin());
        }
        levels.remove(level);
        link.status(level.className() + " is off your shelf.");
        PauseTransition pending = pendingSaves.remove(level);
        if (pending != null) {
            pending.stop();
        }
        files.execute(() -> {
            try {
                store.delete(level.fileName());
            } catch (RuntimeException e) {
                Platform.runLater(() -> link.error("Could not delete " + level.fileName() + ": " + Messages.describe(e)));
            }
        });
    }

    private UserLevel add(String className, Level origin, String source, String baseline, boolean saveNow) {
        UserLevel level = new UserLevel(className, nextNumber++, origin, source, baseline);
        levels.add(level);
        level.textProperty().addListener((obs, old, text) -> saveSoon(level));
        if (saveNow) {
            save(level);
        }
        return level;
    }

    private void saveSoon(UserLevel level) {
        PauseTransition pause = pendingSaves.computeIfAbsent(level, l -> {
            PauseTransition p = new PauseTransition(SAVE_AFTER);
            p.setOnFinished(e -> {
                pendingSaves.remove(l);
                save(l);
            });
            return p;
        });
        pause.playFromStart();
    }

    private void save(UserLevel level) {
        UserLevelStore.Stored stored = new UserLevelStore.Stored(level.fileName(), level.textProperty().get(),
                level.origin() == null ? "" : level.origin().id());
        files.execute(() -> {
            try {
                store.save(stored);
            } catch (RuntimeException e) {
                Platform.runLater(() -> link.error("Your level " + level.className() + " could not be saved in "
                        + store.folder() + ": " + Messages.describe(e)));
            }
        });
    }

    /** Saves what waits to be saved and lets the file thread finish, briefly: closing the window must feel instant. */
    @Override
    public void close() {
        for (UserLevel level : List.copyOf(pendingSaves.keySet())) {
            pendingSaves.remove(level).stop();
            save(level);
        }
        files.shutdown();
        try {
            files.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
