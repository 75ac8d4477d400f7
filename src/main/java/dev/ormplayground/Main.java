package dev.ormplayground;

import dev.ormplayground.cli.PlaygroundCommand;

/**
 * The program's entry point. With no arguments it opens the window; with a command
 * ({@code bench}, {@code feed}) it runs headless. A plain class, not the JavaFX Application,
 * so that {@code java -jar} works on the classpath: started from a class that extends Application,
 * the JVM's launcher refuses with "JavaFX runtime components are missing".
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Hibernate logs through jboss-logging; send it to SLF4J like every other library.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        if (args.length == 0) {
            javafx.application.Application.launch(dev.ormplayground.ui.PlaygroundApp.class, args);
            return;
        }
        System.exit(PlaygroundCommand.execute(args));
    }
}
