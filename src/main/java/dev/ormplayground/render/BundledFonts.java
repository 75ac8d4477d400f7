package dev.ormplayground.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.text.Font;

/**
 * The fonts the window and every picture use, shipped inside the program, so that a room sees
 * the same window on every laptop and the layout does not depend on what the system resolves
 * for "sans-serif" or "monospace" (Noto Sans Mono in place of DejaVu Sans Mono cost the code
 * pair 1-4 lines). Atkinson Hyperlegible for the text: drawn for low vision, every letter
 * unlike the others ({@code 0/O}, {@code 1/l/I}); JetBrains Mono for code and SQL: a dotted
 * zero, a serifed {@code 1}, {@code l} and {@code I}, tall lower case. Both under the SIL Open
 * Font License, whose text lies beside them.
 */
public final class BundledFonts {

    public static final String SANS = "Atkinson Hyperlegible";
    public static final String MONO = "JetBrains Mono";
    private static final String FOLDER = "/dev/ormplayground/fonts/";
    private static final List<String> FILES = List.of("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf",
            "AtkinsonHyperlegible-Italic.ttf", "JetBrainsMono-Regular.ttf", "JetBrainsMono-Bold.ttf", "JetBrainsMono-Italic.ttf");

    private static boolean loaded;

    private BundledFonts() {
    }

    /**
     * Registers the fonts with JavaFX, once; call it before a scene that uses them is styled (a
     * family unknown then falls back to the system's default for good).
     */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : FILES) {
            try (InputStream in = BundledFonts.class.getResourceAsStream(FOLDER + file)) {
                if (in == null || Font.loadFont(in, 12) == null) {
                    throw new IllegalStateException("The program's font " + file + " is missing or unreadable: the jar is damaged");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the program's font " + file, e);
            }
        }
        loaded = true;
    }
}
