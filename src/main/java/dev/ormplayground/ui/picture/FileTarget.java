package dev.ormplayground.ui.picture;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where to save a picture: asks the user with the system's save dialog. Tests put their own in
 * its place, since a native dialog cannot be driven headless.
 */
@FunctionalInterface
public interface FileTarget {

    /** The chosen file, or empty if the user cancelled. Called on the FX thread. */
    Optional<Path> choose(Window owner, String title, String suggestedName);

    /** The system's save dialog, opening in the folder of the last choice. */
    static FileTarget saveDialog() {
        File[] lastFolder = {null};
        return (owner, title, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            String extension = suggestedName.substring(suggestedName.lastIndexOf('.') + 1);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(switch (extension) {
                case "svg" -> "SVG picture";
                case "pdf" -> "PDF document";
                default -> "PNG picture";
            }, "*." + extension));
            if (lastFolder[0] != null && lastFolder[0].isDirectory()) {
                chooser.setInitialDirectory(lastFolder[0]);
            }
            File chosen = chooser.showSaveDialog(owner);
            if (chosen == null) {
                return Optional.empty();
            }
            lastFolder[0] = chosen.getParentFile();
            return Optional.of(chosen.toPath());
        };
    }
}
