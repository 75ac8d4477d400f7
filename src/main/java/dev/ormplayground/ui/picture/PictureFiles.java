package dev.ormplayground.ui.picture;

import dev.ormplayground.files.FileWriteException;
import dev.ormplayground.files.SafeFileWriter;
import dev.ormplayground.files.SafeFileWriter.IfExists;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.work.BackgroundThreads;
import dev.ormplayground.ui.work.Messages;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Where an exported picture goes: the file the user picks, replaced only after asking, written
 * whole or not at all on a thread of its own; what happened in the status bar or the error banner.
 */
final class PictureFiles {

    private static final System.Logger LOG = System.getLogger(PictureExport.class.getName());

    private final PlaygroundSession session;
    private final Parent root;
    private final ReadOnlyIntegerWrapper saved = new ReadOnlyIntegerWrapper();
    private FileTarget files = FileTarget.saveDialog();

    PictureFiles(PlaygroundSession session, Parent root) {
        this.session = session;
        this.root = root;
    }

    /** Puts another way of choosing the file in place of the save dialog (tests). */
    void useFileTarget(FileTarget target) {
        files = target;
    }

    /**
     * Asks for the file (suggesting {@code suggestedName}), and whether to replace it if it exists;
     * then draws the picture here, on the FX thread, and encodes and writes it on a thread of its own.
     */
    void save(String what, String suggestedName, Supplier<Supplier<byte[]>> picture) {
        String extension = suggestedName.substring(suggestedName.lastIndexOf('.') + 1);
        Optional<Path> chosen = files.choose(root.getScene().getWindow(),
                "Save " + what + " as " + extension.toUpperCase(Locale.ROOT), suggestedName);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = withExtension(chosen.get(), extension);
        IfExists ifExists = IfExists.REFUSE; // a file that appears meanwhile is not overwritten either
        if (Files.exists(target)) {
            if (!confirmReplace(target)) {
                session.status("Not saved: " + target.getFileName() + " is left as it was.");
                return;
            }
            ifExists = IfExists.REPLACE;
        }
        Supplier<byte[]> encoded;
        long start = System.nanoTime();
        try {
            encoded = picture.get(); // the views draw on the FX thread; a PNG's encoding is left for later
        } catch (RuntimeException e) {
            session.error("Could not draw " + what + ": " + Messages.describe(e));
            return;
        }
        long drawn = System.nanoTime();
        session.status("Saving " + target.getFileName() + "…");
        IfExists mode = ifExists;
        BackgroundThreads.named("playground-export").newThread(() -> {
            try {
                byte[] png = encoded.get();
                LOG.log(System.Logger.Level.INFO, () -> String.format(Locale.ROOT,
                        "%s (%s): drawn on the FX thread in %d ms, encoded off it in %d ms", target.getFileName(),
                        size(png), (drawn - start) / 1_000_000, (System.nanoTime() - drawn) / 1_000_000));
                SafeFileWriter.write(target, mode, out -> out.write(png));
                Platform.runLater(() -> {
                    saved.set(saved.get() + 1);
                    session.status("Saved " + what + " (" + size(png) + ") to " + target.toAbsolutePath() + ".");
                });
            } catch (FileWriteException e) {
                Platform.runLater(() -> session.error("Not saved: " + e.getMessage()));
            } catch (RuntimeException e) {
                Platform.runLater(() -> session.error("Not saved: " + Messages.describe(e)));
            }
        }).start();
    }

    private boolean confirmReplace(Path target) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep the old file", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Replace it with the new picture? \"Keep the old file\" saves nothing.", replace, keep);
        alert.initOwner(root.getScene().getWindow());
        alert.setTitle("Replace " + target.getFileName() + "?");
        alert.setHeaderText(target.getFileName() + " already exists in " + target.toAbsolutePath().getParent());
        alert.getDialogPane().setId("replaceDialog");
        // Enter keeps the file: replacing is the choice to make on purpose.
        ((Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().orElse(keep) == replace;
    }

    private static Path withExtension(Path chosen, String extension) {
        String name = chosen.getFileName().toString();
        return name.contains(".") ? chosen : chosen.resolveSibling(name + "." + extension);
    }

    /** The pixel size a PNG's header gives, e.g. {@code 2560 × 1440 px}; a vector file's size in KB. */
    static String size(byte[] png) {
        if (png.length < 24) {
            return "empty";
        }
        if (png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
            return String.format(Locale.ROOT, "%,d KB", Math.max(1, png.length / 1024));
        }
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        return String.format(Locale.ROOT, "%d × %d px", header.getInt(), header.getInt());
    }

    /** How many files were written, for whoever waits for one (tests). */
    ReadOnlyIntegerProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
