package dev.ormplayground.challenge.isolated;

import dev.ormplayground.play.ProgramClassPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Starts and ends the check's JVM: this program's own Java runtime (the app image's too, which
 * keeps its {@code bin/java}), its class path, the heap limit, the program's own settings
 * ({@code ormplayground.*}: the data folder, the sample data's place), and, for a small hidden
 * data set, a JIT that compiles little, since a check counts statements and never times them.
 */
final class WorkerCommand {

    private WorkerCommand() {
    }

    /** Up to this many hidden posts the JVM compiles little: a 300-post check took 5.1 s so, 6.8 s with the full JIT. */
    private static final int SMALL_DATA = 10_000;

    static Process start(CheckLimits limits, int hiddenPosts) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java().toString());
        command.add("-Xmx" + limits.memoryMegabytes() + "m");
        command.add("-XX:+UseSerialGC");
        if (hiddenPosts <= SMALL_DATA) {
            command.add("-XX:TieredStopAtLevel=1"); // starts sooner; a big data set is generated sooner with the full JIT
        }
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("ormplayground."))
                .sorted().forEach(name -> command.add("-D" + name + "=" + System.getProperty(name)));
        command.add("-cp");
        command.add(ProgramClassPath.joined());
        command.add(CheckWorker.class.getName());
        return new ProcessBuilder(command).start();
    }

    static Path java() {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path java = bin.resolve(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win") ? "java.exe" : "java");
        if (!Files.isExecutable(java)) {
            throw new IllegalStateException("this Java runtime has no " + java + " to start a check's JVM with");
        }
        return java;
    }

    /** Ends the JVM and anything it started, whether it is still running or not. */
    static void end(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
