package dev.ormplayground.render.vector;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The AWT twins of the program's bundled fonts, from the same TTF files, so that a picture drawn
 * with Java2D measures and looks as its JavaFX original; a vector file names (SVG) or embeds
 * (PDF) them.
 */
final class AwtFonts {

    /** The bundled faces: the resource and what a JavaFX font's name says of it. */
    enum Face {
        SANS_REGULAR("AtkinsonHyperlegible-Regular.ttf"),
        SANS_BOLD("AtkinsonHyperlegible-Bold.ttf"),
        SANS_ITALIC("AtkinsonHyperlegible-Italic.ttf"),
        MONO_REGULAR("JetBrainsMono-Regular.ttf"),
        MONO_BOLD("JetBrainsMono-Bold.ttf"),
        MONO_ITALIC("JetBrainsMono-Italic.ttf");

        final String file;

        Face(String file) {
            this.file = file;
        }

        InputStream open() {
            InputStream in = AwtFonts.class.getResourceAsStream("/dev/ormplayground/fonts/" + file);
            if (in == null) {
                throw new IllegalStateException("The program's font " + file + " is missing: the jar is damaged");
            }
            return in;
        }
    }

    private static final Map<Face, Font> BASE = new ConcurrentHashMap<>();

    private AwtFonts() {
    }

    static List<Face> faces() {
        return List.of(Face.values());
    }

    /** The bundled face a JavaFX font is drawn with: by its family and the style its name says. */
    static Face face(javafx.scene.text.Font font) {
        boolean mono = font.getFamily().contains("Mono"); // the bundled JetBrains Mono, else Atkinson Hyperlegible
        String name = font.getName().toLowerCase();
        boolean bold = name.contains("bold") || name.contains("semibold") || name.contains("black");
        boolean italic = name.contains("italic") || name.contains("oblique");
        if (mono) {
            return bold ? Face.MONO_BOLD : italic ? Face.MONO_ITALIC : Face.MONO_REGULAR;
        }
        return bold ? Face.SANS_BOLD : italic ? Face.SANS_ITALIC : Face.SANS_REGULAR;
    }

    /**
     * The AWT font for a JavaFX one, at its size in pixels (one JavaFX pixel is one Java2D unit),
     * from the face's own file: what Java2D and a PDF draw and embed.
     */
    static Font of(javafx.scene.text.Font font) {
        return base(face(font)).deriveFont((float) font.getSize());
    }

    /**
     * The font an SVG names for a JavaFX one: the family's regular face with the style set, so the
     * SVG says {@code font-weight:bold} (a bold face's own file would say normal).
     */
    static Font named(javafx.scene.text.Font font) {
        Face face = face(font);
        boolean mono = face.name().startsWith("MONO");
        int style = face.name().endsWith("BOLD") ? Font.BOLD : face.name().endsWith("ITALIC") ? Font.ITALIC : Font.PLAIN;
        return base(mono ? Face.MONO_REGULAR : Face.SANS_REGULAR).deriveFont(style, (float) font.getSize());
    }

    static Font base(Face face) {
        return BASE.computeIfAbsent(face, f -> {
            try (InputStream in = f.open()) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the program's font " + f.file, e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("The program's font " + f.file + " is unreadable: " + e.getMessage(), e);
            }
        });
    }
}
