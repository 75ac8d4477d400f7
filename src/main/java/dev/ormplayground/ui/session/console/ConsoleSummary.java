package dev.ormplayground.ui.session.console;

import dev.ormplayground.format.Millis;
import dev.ormplayground.format.Words;
import dev.ormplayground.play.ConsoleResult;
import java.util.Locale;

/** A console result in a few words: {@code first 100 of 4,321 rows · 1 statement · 3.2 ms}. */
public final class ConsoleSummary {

    private ConsoleSummary() {
    }

    public static String of(ConsoleResult result) {
        String statements = Words.count(result.statements().size(), "statement", "statements");
        String millis = Millis.text(result.elapsedMillis());
        if (result.failed()) {
            return (result.refused() ? "refused" : "failed") + " · " + statements + " · " + millis;
        }
        String rows = result.cut()
                ? String.format(Locale.ROOT, "first %,d of %s", result.rows().size(),
                        Words.count(result.totalRows(), "row", "rows"))
                : Words.count(result.totalRows(), "row", "rows");
        return rows + " · " + statements + " · " + millis;
    }
}
