package dev.ormplayground.render.vector;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/** A text's lines as JavaFX breaks them: at its line feeds, and at spaces within a wrapping width. */
final class TextLines {

    private TextLines() {
    }

    static String[] of(String text, Font font, FontRenderContext context, double wrappingWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            if (wrappingWidth <= 0) {
                lines.add(paragraph);
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ", -1)) {
                String tried = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringBounds(tried, context).getWidth() > wrappingWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(tried);
                }
            }
            lines.add(line.toString());
        }
        return lines.toArray(String[]::new);
    }
}
