package dev.ormplayground.render;

import dev.ormplayground.export.PictureFormat;
import dev.ormplayground.export.PictureSize;
import dev.ormplayground.render.vector.PdfPicture;
import dev.ormplayground.render.vector.SvgPicture;
import javafx.scene.Parent;

/** A view as a vector picture: laid out off screen as its PNG is, then written as SVG or PDF. FX thread. */
public final class VectorPictures {

    private VectorPictures() {
    }

    /**
     * {@code view} laid out on {@code size} in {@code format} (SVG or PDF), titled
     * {@code title}, described by its accessible text.
     */
    public static byte[] of(Parent view, PictureSize size, String title, PictureFormat format, PictureLook look) {
        double width = size.width();
        double height = size.height();
        Snapshots.layOutOffScreen(view, width, height, look);
        String description = view.getAccessibleText() == null ? title : view.getAccessibleText();
        return switch (format) {
            case SVG -> SvgPicture.of(view, width, height, title, description, look.outlines());
            case PDF -> PdfPicture.of(view, width, height, size.pointsPerPixel(), title, description);
            case PNG -> throw new IllegalArgumentException("a PNG is a snapshot of the view: Snapshots.offScreen");
        };
    }
}
