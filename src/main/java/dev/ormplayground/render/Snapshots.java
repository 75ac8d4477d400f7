package dev.ormplayground.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Pictures of views, at a scale (2 by default: crisp on slides). Taking the picture must happen
 * on the FX thread; encoding it as PNG may happen on any thread, so a window can keep
 * responding while a 2560x1440 picture is encoded.
 */
public final class Snapshots {

    public static final double DEFAULT_SCALE = 2;
    /** The stylesheet the exported views are drawn with (and the window's Compare view). */
    public static final String STYLESHEET = Snapshots.class.getResource("render.css").toExternalForm();

    private Snapshots() {
    }

    /** Lays out a view that is not on screen at the given size and takes its picture. FX thread. */
    public static WritableImage offScreenImage(Parent view, double width, double height, double scale) {
        return offScreenImage(view, width, height, scale, PictureLook.DEFAULT);
    }

    /** The same in a theme, on a transparent ground if the look says so. FX thread. */
    public static WritableImage offScreenImage(Parent view, double width, double height, double scale, PictureLook look) {
        layOutOffScreen(view, width, height, look);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        parameters.setFill(look.transparent() ? Color.TRANSPARENT : Color.WHITE);
        // The page, whatever a view would overflow: a picture for a slide keeps the slide's size.
        parameters.setViewport(new javafx.geometry.Rectangle2D(0, 0, width * scale, height * scale));
        return view.snapshot(parameters, null);
    }

    /** Styles and lays out a view that is not on screen at the given size, as its picture is taken. FX thread. */
    public static void layOutOffScreen(Parent view, double width, double height, PictureLook look) {
        BundledFonts.load();
        Scene scene = new Scene(view, width, height, look.transparent() ? Color.TRANSPARENT : Color.WHITE);
        scene.getStylesheets().addAll(LevelColors.STYLESHEET, STYLESHEET);
        scene.getStylesheets().addAll(look.stylesheets());
        view.applyCss();
        view.layout();
        // Views that place shapes at layout (a plot's dots and lines) get them styled by a second pass.
        view.applyCss();
        view.layout();
    }

    /** The picture of a view as it is now, e.g. a window's root. FX thread. */
    public static WritableImage image(Parent view, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        parameters.setFill(Color.WHITE);
        return view.snapshot(parameters, null);
    }

    /** The picture as PNG bytes. Any thread: a taken picture is not drawn on any more. */
    public static byte[] encode(Image image) {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(buffered, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the picture as PNG", e);
        }
        return out.toByteArray();
    }

    /** {@link #offScreenImage} then {@link #encode}, both on the calling (FX) thread. */
    public static byte[] offScreen(Parent view, double width, double height, double scale) {
        return encode(offScreenImage(view, width, height, scale));
    }
}
