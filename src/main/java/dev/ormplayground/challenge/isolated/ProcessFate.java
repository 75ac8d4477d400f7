package dev.ormplayground.challenge.isolated;

import java.time.Duration;

/** The sentences for what became of a check's JVM when it did not report its last event itself. */
final class ProcessFate {

    static final String OUT_OF_MEMORY = "your level ran out of memory: a list that never stops growing, or every row"
            + " of a big table kept at once";

    private ProcessFate() {
    }

    static String timedOut(String where, Duration limit) {
        return "did not finish on the " + where + " within " + limit.toSeconds() + " s (the check's time limit), so"
                + " the check was ended: a loop that never ends is the likely cause (an iterator that never advances,"
                + " a while whose condition never changes), or a statement per row of a big table";
    }

    static String openingTimedOut(String what, Duration limit) {
        return "the check could not open " + what + " within " + limit.toMinutes() + " minutes; nothing of your level had run"
                + " yet: try again on a less busy machine";
    }

    static String ended(int status, String where, boolean outOfMemory, int memoryMegabytes) {
        if (outOfMemory) {
            return OUT_OF_MEMORY + " (on the " + where + "; the check's heap is " + memoryMegabytes + " MB)";
        }
        return "your level ended the check's JVM (exit status " + status + ") while it ran on the " + where
                + ": System.exit or Runtime.halt in a level never passes; return the feed instead";
    }

    static String endedBeforeLevel(int status, String detail) {
        return "the check's JVM ended (exit status " + status + ") before your level ran" + (detail.isBlank() ? ""
                : ": " + detail);
    }
}
