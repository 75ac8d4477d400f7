package dev.ormplayground.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The page an exported picture is laid out on: 16:9 for today's slides (the default), 4:3 for
 * older projectors and templates, A4 landscape for a printed handout. The width and height are
 * CSS pixels, the units the views are laid out in; a PNG multiplies them by its scale, a PDF
 * page has them in points ({@link #pointsPerPixel}), so an A4 picture prints at A4.
 */
public enum PictureSize {
    WIDE("16:9", 1280, 720, 1),
    STANDARD("4:3", 1024, 768, 1),
    A4("a4", 1123, 794, 0.75); // 297 x 210 mm at 96 px per inch; 0.75 pt per px gives 842 x 595 pt

    private final String id;
    private final double width;
    private final double height;
    private final double pointsPerPixel;

    PictureSize(String id, double width, double height, double pointsPerPixel) {
        this.id = id;
        this.width = width;
        this.height = height;
        this.pointsPerPixel = pointsPerPixel;
    }

    public String id() {
        return id;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** How many PDF points one pixel of the layout takes: 1 on a slide, 0.75 on paper (96 px per inch). */
    public double pointsPerPixel() {
        return pointsPerPixel;
    }

    /** The size named {@code id} ({@code 16:9}, {@code 4:3} or {@code a4}), or an IllegalArgumentException that lists them. */
    public static PictureSize of(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(size -> size.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id.strip() + "' is not a picture size; give one of "
                        + Arrays.stream(values()).map(PictureSize::id).collect(Collectors.joining(", "))));
    }
}
