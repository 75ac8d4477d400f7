package dev.ormplayground.render.vector;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a line drawn in one font: the bundled font where it has the glyphs, the system's
 * sans serif where it has not (✓ ✗ ▶ ●, which JavaFX too takes from the system).
 */
record GlyphRun(String text, Font font) {

    double width(FontRenderContext context) {
        return font.getStringBounds(text, context).getWidth();
    }

    static List<GlyphRun> of(String line, Font font) {
        Font fallback = new Font(Font.SANS_SERIF, font.getStyle(), font.getSize());
        List<GlyphRun> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Boolean own = null;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            boolean displayable = Character.isWhitespace(codePoint) || font.canDisplay(codePoint);
            if (own != null && own != displayable) {
                runs.add(new GlyphRun(run.toString(), own ? font : fallback));
                run.setLength(0);
            }
            own = displayable;
            run.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        if (!run.isEmpty()) {
            runs.add(new GlyphRun(run.toString(), own ? font : fallback));
        }
        return runs;
    }
}
