package dev.ormplayground.render.vector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/**
 * WCAG's contrast between each text of a laid-out view and the ground it is drawn on (the nearest
 * region behind it with an opaque fill, else {@code ground}): what a theme must keep readable.
 * FX thread.
 */
public final class Contrast {

    /** WCAG AA: 4.5 for body text, 3 for large text (24 px, or 18.66 px bold). */
    public static final double AA = 4.5;
    public static final double AA_LARGE = 3;

    private Contrast() {
    }

    /** Every visible text below AA, described with its colours and ratio; empty when all pass. */
    public static List<String> belowAa(Parent root, Color ground) {
        List<String> failures = new ArrayList<>();
        walk(root, ground, failures);
        return failures;
    }

    private static void walk(Node node, Color ground, List<String> failures) {
        if (!node.isVisible() || node.getOpacity() <= 0) {
            return;
        }
        Color behind = ground;
        if (node instanceof Region region && region.getBackground() != null) {
            for (BackgroundFill fill : region.getBackground().getFills()) {
                if (fill.getFill() instanceof Color color && color.getOpacity() >= 0.99) {
                    behind = color;
                }
            }
        }
        if (node instanceof Text text && text.getFill() instanceof Color fill && text.getText() != null
                && !text.getText().isBlank()) {
            double ratio = ratio(fill, behind);
            boolean large = text.getFont().getSize() >= 24
                    || text.getFont().getSize() >= 18.66 && text.getFont().getStyle().toLowerCase(Locale.ROOT).contains("bold");
            if (ratio < (large ? AA_LARGE : AA)) {
                failures.add(String.format(Locale.ROOT, "'%s' %s on %s: %.2f", text.getText(), fill, behind, ratio));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, behind, failures);
            }
        }
    }

    /** WCAG's contrast ratio, 1-21. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
