package dev.ormplayground.ui.picture;

import dev.ormplayground.render.Snapshots;
import javafx.scene.Parent;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;

/**
 * The export's pictures in two steps, so the window does not freeze while a 2560x1440 PNG is
 * encoded: the snapshot on the FX thread, then the encoding on any thread. The pictures are
 * render's own, the same the {@code export} command writes.
 */
final class PictureDrawing {

    private PictureDrawing() {
    }

    /** The window (or any view on screen) as it is now. FX thread. */
    static WritableImage snapshot(Parent view, double scale) {
        return Snapshots.image(view, scale);
    }

    /** The picture as PNG bytes. Any thread. */
    static byte[] png(Image image) {
        return Snapshots.encode(image);
    }
}
