package dev.ormplayground;

import dev.ormplayground.cli.PlaygroundCommand;
import dev.ormplayground.cli.ProgramEntry;

/**
 * The program's entry point. With no arguments it opens the window; with a command
 * ({@code bench}, {@code feed}, {@code export}, {@code window-bench}, {@code challenge}) it runs
 * headless. A plain class, not the JavaFX Application,
 * so that {@code java -jar} works on the classpath: started from a class that extends Application,
 * the JVM's launcher refuses with "JavaFX runtime components are missing".
 */
public final class Main {

    private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";
    /** Held here: the logging framework keeps loggers only weakly, and would forget the level. */
    private static java.util.logging.Logger javafxLog;

    private Main() {
    }

    public static void main(String[] args) {
        ProgramEntry.is(Main.class); // a child JVM (window-bench's bench) starts from here too
        java.util.Optional<java.util.List<String>> again = JvmOptions.restartCommand(args);
        if (again.isPresent()) {
            System.exit(JvmOptions.run(again.get()));
        }
        // Hibernate logs through jboss-logging; send it to SLF4J like every other library.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        // The program's own log lines (start-up, one per run of the window), one line each.
        if (System.getProperty(LOG_FORMAT) == null) {
            System.setProperty(LOG_FORMAT, "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        }
        // JavaFX warns when it is loaded from the class path; the program's jar puts it there on purpose
        // (one jar and its lib/ for every platform's JavaFX), so the warning tells a user nothing.
        javafxLog = java.util.logging.Logger.getLogger("javafx"); // after the format: the first logger reads it
        javafxLog.setLevel(java.util.logging.Level.SEVERE);
        if (args.length == 0) {
            javafx.application.Application.launch(dev.ormplayground.ui.PlaygroundApp.class, args);
            return;
        }
        System.exit(PlaygroundCommand.execute(args));
    }
}
