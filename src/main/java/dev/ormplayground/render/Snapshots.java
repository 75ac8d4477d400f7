package dev.ormplayground.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** Pictures of views as PNG bytes, at a scale (2 by default: crisp on slides). Call on the FX thread. */
public final class Snapshots {

    public static final double DEFAULT_SCALE = 2;
    static final String STYLESHEET = Snapshots.class.getResource("render.css").toExternalForm();

    private Snapshots() {
    }

    /** Lays out a view that is not on screen at the given size and takes its picture. */
    public static byte[] offScreen(Parent view, double width, double height, double scale) {
        Scene scene = new Scene(view, width, height, Color.WHITE);
        scene.getStylesheets().add(STYLESHEET);
        view.applyCss();
        view.layout();
        return png(view, scale);
    }

    /** The picture of a view as it is now, e.g. a window's root. */
    public static byte[] png(Parent view, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        parameters.setFill(Color.WHITE);
        WritableImage image = view.snapshot(parameters, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(buffered, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode the picture as PNG", e);
        }
        return out.toByteArray();
    }
}
