package dev.ormplayground.ui.code;

import javafx.stage.FileChooser;

/** The file dialog for a level's {@code .java} file, opened or saved. */
public final class JavaFiles {

    private JavaFiles() {
    }

    public static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Java source (*.java)", "*.java"));
        return chooser;
    }
}
