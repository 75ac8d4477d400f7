package dev.ormplayground;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JVM options the program needs on JDK 24 and later, where JavaFX 21 meets two warnings at
 * start: its native libraries (a restricted method) and Marlin's off-heap arrays, which use
 * {@code sun.misc.Unsafe} (JavaFX 25 no longer does, but needs JDK 23, and the program runs on
 * 17). The first is allowed in the jar's manifest; the second only on the command line. So when
 * {@code java -jar} started the program without it, the program starts itself again with it,
 * once, and ends with that process's exit code: a user sees the window with no warning above it.
 */
final class JvmOptions {

    static final String UNSAFE = "--sun-misc-unsafe-memory-access=allow";
    static final String NATIVE = "--enable-native-access=ALL-UNNAMED";
    /** Set in the second process: it never starts a third. */
    static final String AGAIN = "ORM_PLAYGROUND_RESTARTED";

    private JvmOptions() {
    }

    /** The command that starts this program again with the options, or empty when none is needed or possible. */
    static Optional<List<String>> restartCommand(String[] args) {
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        Optional<String> java = ProcessHandle.current().info().command();
        // Only a java launcher takes JVM options: an app image's own launcher would take them for the program's.
        if (Runtime.version().feature() < 24 || jvmArgs.contains(UNSAFE) || System.getenv(AGAIN) != null
                || java.isEmpty() || !Path.of(java.get()).getFileName().toString().matches("javaw?(\\.exe)?")) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(jvmArgs);
        command.add(UNSAFE);
        command.add(NATIVE);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /** Runs {@code command} with this process's input and output, and returns its exit code. */
    static int run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(AGAIN, "1");
        try {
            Process process = builder.start();
            // Closing this process (Ctrl+C, a kill) takes the one it started along.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            return process.waitFor();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not start the program again with " + UNSAFE + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
