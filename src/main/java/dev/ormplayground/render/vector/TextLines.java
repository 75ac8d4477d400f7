package dev.ormplayground.render.vector;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

/**
 * A text's lines where JavaFX broke them: at its line feeds, and, for a wrapped text, where its
 * caret drops to the next line, so a vector copy wraps exactly as the view does.
 */
final class TextLines {

    private TextLines() {
    }

    static String[] of(Text text) {
        String content = text.getText();
        if (text.getWrappingWidth() <= 0) {
            return content.split("\n", -1);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double lineTop = top(text, 0);
        for (int i = 0; i < content.length(); i++) {
            char ch = content.charAt(i);
            double top = top(text, i);
            if (top > lineTop + 0.5 && ch != '\n') {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineTop = top;
            }
            if (ch == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                lineTop = top(text, Math.min(i + 1, content.length()));
            } else {
                line.append(ch);
            }
        }
        lines.add(line.toString().stripTrailing());
        return lines.toArray(String[]::new);
    }

    /** The top of the caret before character {@code index}: which line it is on. */
    private static double top(Text text, int index) {
        PathElement[] caret = text.caretShape(index, true);
        return caret.length > 0 && caret[0] instanceof MoveTo move ? move.getY() : 0;
    }
}
