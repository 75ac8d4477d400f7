package dev.ormplayground.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches a file, or every file under a folder (new sub-folders too), and tells each save of one
 * the filter accepts, on a thread of its own: once the file has been quiet for a moment (an
 * editor writes a save in several steps) and only when its content changed (an editor that
 * touches a file without changing it is not a save). Closed, it stops.
 */
public final class SavedFiles implements AutoCloseable {

    /** How long a file must stay unchanged before its save is told. */
    private static final long QUIET_MILLIS = 250;

    private final WatchService service;
    private final Path single;
    private final Predicate<Path> wanted;
    private final Consumer<Path> onSaved;
    private final Map<Path, String> lastContent = new HashMap<>();
    private final Thread thread;

    private SavedFiles(Path watched, Predicate<Path> wanted, Consumer<Path> onSaved) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.single = Files.isDirectory(watched) ? null : watched.toAbsolutePath().normalize();
        this.wanted = single == null ? wanted : path -> path.equals(single);
        this.onSaved = onSaved;
        if (single == null) {
            register(watched.toAbsolutePath().normalize());
        } else {
            single.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            lastContent.put(single, digest(single));
        }
        thread = new Thread(this::loop, "playground-file-watch");
        thread.setDaemon(true);
    }

    /**
     * Starts watching {@code fileOrFolder}: {@code onSaved} gets each saved file {@code wanted}
     * accepts (a single file is always wanted). Files there now count as seen, not as saved.
     */
    public static SavedFiles watch(Path fileOrFolder, Predicate<Path> wanted, Consumer<Path> onSaved) throws IOException {
        if (!Files.exists(fileOrFolder)) {
            throw new IOException("no such file or folder: " + fileOrFolder.toAbsolutePath());
        }
        SavedFiles watch = new SavedFiles(fileOrFolder, wanted, onSaved);
        watch.thread.start();
        return watch;
    }

    private void register(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                if (Files.isDirectory(path)) {
                    path.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                } else if (wanted.test(path)) {
                    lastContent.put(path, digest(path));
                }
            }
        }
    }

    private void loop() {
        try {
            while (true) {
                Set<Path> touched = new LinkedHashSet<>();
                collect(service.take(), touched);
                // Quiet for a moment: the rest of the same save arrives before it is told.
                for (WatchKey more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                     more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    collect(more, touched);
                }
                touched.forEach(this::tellIfChanged);
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed
        }
    }

    private void collect(WatchKey key, Set<Path> touched) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name) {
                Path path = folder.resolve(name);
                if (single == null && event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                    try {
                        register(path);
                    } catch (IOException gone) {
                        // removed again at once
                    }
                } else if (wanted.test(path)) {
                    touched.add(path);
                }
            }
        }
        key.reset();
    }

    private void tellIfChanged(Path path) {
        if (!Files.isRegularFile(path)) {
            return;
        }
        String now;
        try {
            now = digest(path);
        } catch (UncheckedIOException unreadable) {
            return; // mid-save or removed: the next event tells it
        }
        if (!now.equals(lastContent.put(path, now))) {
            onSaved.accept(path);
        }
    }

    private static String digest(Path path) {
        try {
            return Arrays.toString(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing only
        }
        thread.interrupt();
    }
}
