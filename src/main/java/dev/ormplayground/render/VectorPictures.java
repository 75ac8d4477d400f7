package dev.ormplayground.render;

import dev.ormplayground.export.PictureFormat;
import dev.ormplayground.render.vector.PdfPicture;
import dev.ormplayground.render.vector.SvgPicture;
import javafx.scene.Parent;

/** A view as a vector picture: laid out off screen as its PNG is, then written as SVG or PDF. FX thread. */
public final class VectorPictures {

    private VectorPictures() {
    }

    /**
     * {@code view} at {@code width} x {@code height} in {@code format} (SVG or PDF), titled
     * {@code title}, described by its accessible text.
     */
    public static byte[] of(Parent view, double width, double height, String title, PictureFormat format, PictureLook look) {
        Snapshots.layOutOffScreen(view, width, height, look);
        String description = view.getAccessibleText() == null ? title : view.getAccessibleText();
        return switch (format) {
            case SVG -> SvgPicture.of(view, width, height, title, description, look.outlines());
            case PDF -> PdfPicture.of(view, width, height, title, description);
            case PNG -> throw new IllegalArgumentException("a PNG is a snapshot of the view: Snapshots.offScreen");
        };
    }
}
