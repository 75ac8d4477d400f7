package dev.ormplayground.challenge.workspace;

import java.nio.file.Files;
import java.nio.file.Path;

/** The command a learner starts this program with, as a workspace's README and the command line print it. */
public final class ProgramLauncher {

    private ProgramLauncher() {
    }

    /**
     * How the learner starts this program again: the app image's launcher, the jar it runs from,
     * or, run from the project's classes, the project's jar as the README names it.
     */
    public static String of(Path program) {
        String appImage = System.getProperty("jpackage.app-path");
        if (appImage != null && !appImage.isBlank()) {
            return quoted(appImage);
        }
        if (Files.isRegularFile(program)) {
            return "java -jar " + quoted(program.toString());
        }
        Path project = program.getParent() == null ? null : program.getParent().getParent();
        return "java -jar " + quoted((project == null ? Path.of("target") : project.resolve("target"))
                .resolve("orm-playground.jar").toString());
    }

    private static String quoted(String path) {
        return path.contains(" ") ? "\"" + path + "\"" : path;
    }
}
