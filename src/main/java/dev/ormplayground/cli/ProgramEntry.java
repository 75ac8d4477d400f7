package dev.ormplayground.cli;

/**
 * The class a new JVM of this program starts from, for the commands that start one (window-bench
 * runs bench in a process of its own). The entry point names itself here before anything runs,
 * so the command line depends on no package above it.
 */
public final class ProgramEntry {

    private static volatile String mainClass;

    private ProgramEntry() {
    }

    /** Called once by the program's entry point: {@code main} is the class a child JVM starts from. */
    public static void is(Class<?> main) {
        mainClass = main.getName();
    }

    /** The entry point's class name; an IllegalStateException if none named itself (the command line run as a library). */
    static String mainClass() {
        String named = mainClass;
        if (named == null) {
            throw new IllegalStateException("no entry point named itself: start the program from its main class to run"
                    + " a command in a JVM of its own");
        }
        return named;
    }
}
