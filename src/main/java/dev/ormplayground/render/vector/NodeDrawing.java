package dev.ormplayground.render.vector;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Function;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Transform;

/**
 * Draws a laid-out JavaFX view with Java2D calls, node by node in paint order: region
 * backgrounds and borders, rectangles, lines, circles and text as themselves, a canvas or an
 * image as a picture. The layout is JavaFX's own, computed once, so an SVG, a PDF and a PNG of
 * the view are one drawing, not three layouts that drift. FX thread.
 */
public final class NodeDrawing {

    private static final double CANVAS_SCALE = 2;

    private final Graphics2D g;
    private final AffineTransform base;
    private final Function<javafx.scene.text.Font, java.awt.Font> fonts;

    private NodeDrawing(Graphics2D g, Function<javafx.scene.text.Font, java.awt.Font> fonts) {
        this.g = g;
        this.base = g.getTransform();
        this.fonts = fonts;
    }

    /**
     * Draws {@code root} (laid out, with its CSS applied) into {@code g}, its top left at the
     * origin, each text in the AWT font {@code fonts} gives for its JavaFX one.
     */
    public static void draw(Parent root, Graphics2D g, Function<javafx.scene.text.Font, java.awt.Font> fonts) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        new NodeDrawing(g, fonts).node(root, 1);
    }

    private void node(Node node, double parentAlpha) {
        if (!node.isVisible() || node.getOpacity() <= 0) {
            return;
        }
        double alpha = parentAlpha * node.getOpacity();
        g.setTransform(base);
        g.transform(awt(node.getLocalToSceneTransform()));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) Math.min(1, alpha)));
        if (node instanceof Region region) {
            backgrounds(region, alpha);
            borders(region, alpha);
        }
        if (node instanceof Text text) {
            text(text, alpha);
        } else if (node instanceof Rectangle rectangle) {
            rectangle(rectangle, alpha);
        } else if (node instanceof Line line) {
            line(line, alpha);
        } else if (node instanceof Circle circle) {
            circle(circle, alpha);
        } else if (node instanceof Canvas || node instanceof ImageView) {
            picture(node);
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                node(child, alpha);
            }
        }
    }

    private void backgrounds(Region region, double alpha) {
        Background background = region.getBackground();
        if (background == null) {
            return;
        }
        for (BackgroundFill fill : background.getFills()) {
            java.awt.Color color = color(fill.getFill(), alpha);
            if (color == null) {
                continue;
            }
            g.setColor(color);
            g.fill(rounded(region, fill.getInsets(), fill.getRadii(), 0));
        }
    }

    private void borders(Region region, double alpha) {
        Border border = region.getBorder();
        if (border == null) {
            return;
        }
        for (BorderStroke stroke : border.getStrokes()) {
            if (uniform(stroke)) {
                double width = stroke.getWidths().getTop();
                java.awt.Color color = color(stroke.getTopStroke(), alpha);
                if (color != null && width > 0 && stroke.getTopStyle() != BorderStrokeStyle.NONE) {
                    g.setColor(color);
                    g.setStroke(new BasicStroke((float) width));
                    g.draw(rounded(region, stroke.getInsets(), stroke.getRadii(), width / 2));
                }
            } else {
                sides(region, stroke, alpha);
            }
        }
    }

    private static boolean uniform(BorderStroke stroke) {
        var widths = stroke.getWidths();
        return widths.getTop() == widths.getRight() && widths.getTop() == widths.getBottom() && widths.getTop() == widths.getLeft()
                && stroke.getTopStroke().equals(stroke.getRightStroke()) && stroke.getTopStroke().equals(stroke.getBottomStroke())
                && stroke.getTopStroke().equals(stroke.getLeftStroke())
                && stroke.getTopStyle().equals(stroke.getRightStyle()) && stroke.getTopStyle().equals(stroke.getBottomStyle())
                && stroke.getTopStyle().equals(stroke.getLeftStyle());
    }

    /** A border whose sides differ (a rule above a footer): each side a line of its own width and colour. */
    private void sides(Region region, BorderStroke stroke, double alpha) {
        Insets in = stroke.getInsets();
        double left = in.getLeft();
        double top = in.getTop();
        double right = region.getWidth() - in.getRight();
        double bottom = region.getHeight() - in.getBottom();
        var widths = stroke.getWidths();
        side(stroke.getTopStroke(), stroke.getTopStyle(), widths.getTop(), alpha,
                left, top + widths.getTop() / 2, right, top + widths.getTop() / 2);
        side(stroke.getRightStroke(), stroke.getRightStyle(), widths.getRight(), alpha,
                right - widths.getRight() / 2, top, right - widths.getRight() / 2, bottom);
        side(stroke.getBottomStroke(), stroke.getBottomStyle(), widths.getBottom(), alpha,
                left, bottom - widths.getBottom() / 2, right, bottom - widths.getBottom() / 2);
        side(stroke.getLeftStroke(), stroke.getLeftStyle(), widths.getLeft(), alpha,
                left + widths.getLeft() / 2, top, left + widths.getLeft() / 2, bottom);
    }

    private void side(Paint paint, BorderStrokeStyle style, double width, double alpha, double x1, double y1, double x2, double y2) {
        java.awt.Color color = color(paint, alpha);
        if (color == null || width <= 0 || style == BorderStrokeStyle.NONE) {
            return;
        }
        g.setColor(color);
        g.setStroke(new BasicStroke((float) width));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    private static RoundRectangle2D rounded(Region region, Insets insets, CornerRadii radii, double inset) {
        double x = insets.getLeft() + inset;
        double y = insets.getTop() + inset;
        double w = region.getWidth() - insets.getLeft() - insets.getRight() - 2 * inset;
        double h = region.getHeight() - insets.getTop() - insets.getBottom() - 2 * inset;
        double radius = radii == null ? 0 : radii.getTopLeftHorizontalRadius();
        if (radii != null && radii.isTopLeftHorizontalRadiusAsPercentage()) {
            radius *= w;
        }
        return new RoundRectangle2D.Double(x, y, Math.max(0, w), Math.max(0, h), 2 * radius, 2 * radius);
    }

    private void rectangle(Rectangle rectangle, double alpha) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(rectangle.getX(), rectangle.getY(), rectangle.getWidth(),
                rectangle.getHeight(), rectangle.getArcWidth(), rectangle.getArcHeight());
        fillAndStroke(shape, rectangle.getFill(), rectangle.getStroke(), rectangle.getStrokeWidth(), alpha);
    }

    private void circle(Circle circle, double alpha) {
        double r = circle.getRadius();
        fillAndStroke(new java.awt.geom.Ellipse2D.Double(circle.getCenterX() - r, circle.getCenterY() - r, 2 * r, 2 * r),
                circle.getFill(), circle.getStroke(), circle.getStrokeWidth(), alpha);
    }

    private void line(Line line, double alpha) {
        fillAndStroke(new Line2D.Double(line.getStartX(), line.getStartY(), line.getEndX(), line.getEndY()), null,
                line.getStroke(), line.getStrokeWidth(), alpha);
    }

    private void fillAndStroke(java.awt.Shape shape, Paint fill, Paint stroke, double strokeWidth, double alpha) {
        java.awt.Color inside = color(fill, alpha);
        if (inside != null) {
            g.setColor(inside);
            g.fill(shape);
        }
        java.awt.Color edge = color(stroke, alpha);
        if (edge != null && strokeWidth > 0) {
            g.setColor(edge);
            g.setStroke(new BasicStroke((float) strokeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        }
    }

    /** Text as text: each line at JavaFX's own baseline, in the bundled font's AWT twin. */
    private void text(Text text, double alpha) {
        java.awt.Color color = color(text.getFill(), alpha);
        String content = text.getText();
        if (color == null || content == null || content.isEmpty()) {
            return;
        }
        java.awt.Font font = fonts.apply(text.getFont());
        g.setColor(color);
        FontRenderContext context = g.getFontRenderContext();
        Bounds bounds = text.getLayoutBounds();
        String[] lines = TextLines.of(text);
        double lineHeight = lines.length > 1 ? (bounds.getHeight() / lines.length) : bounds.getHeight();
        double baseline = bounds.getMinY() + text.getBaselineOffset();
        double boxWidth = text.getWrappingWidth() > 0 ? text.getWrappingWidth() : bounds.getWidth();
        for (int i = 0; i < lines.length; i++) {
            List<GlyphRun> runs = GlyphRun.of(lines[i], font);
            double width = runs.stream().mapToDouble(run -> run.width(context)).sum();
            double x = bounds.getMinX() + switch (text.getTextAlignment() == null ? TextAlignment.LEFT : text.getTextAlignment()) {
                case CENTER -> (boxWidth - width) / 2;
                case RIGHT -> boxWidth - width;
                default -> 0;
            };
            for (GlyphRun run : runs) {
                g.setFont(run.font());
                g.drawString(run.text(), (float) x, (float) (baseline + i * lineHeight));
                x += run.width(context);
            }
        }
    }

    /** A canvas (a ChartFX plot) or an image: its own picture, at twice its size, in its place. */
    private void picture(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setTransform(Transform.scale(CANVAS_SCALE, CANVAS_SCALE));
        BufferedImage image = SwingFXUtils.fromFXImage(node.snapshot(parameters, null), null);
        Bounds bounds = node.getLayoutBounds();
        g.drawImage(image, (int) Math.round(bounds.getMinX()), (int) Math.round(bounds.getMinY()),
                (int) Math.round(bounds.getWidth()), (int) Math.round(bounds.getHeight()), null);
    }

    private static java.awt.Color color(Paint paint, double alpha) {
        Color color = paint instanceof Color plain ? plain
                : paint instanceof LinearGradient linear && !linear.getStops().isEmpty() ? linear.getStops().get(0).getColor()
                : paint instanceof RadialGradient radial && !radial.getStops().isEmpty() ? radial.getStops().get(0).getColor()
                : null;
        if (color == null || color.getOpacity() <= 0) {
            return null;
        }
        return new java.awt.Color((float) color.getRed(), (float) color.getGreen(), (float) color.getBlue(),
                (float) Math.min(1, color.getOpacity()));
    }

    private static AffineTransform awt(Transform t) {
        return new AffineTransform(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy());
    }
}
