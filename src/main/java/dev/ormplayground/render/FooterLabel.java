package dev.ormplayground.render;

import dev.ormplayground.export.ExportFooter;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The settings small print at the bottom of every exported picture. */
public final class FooterLabel extends VBox {

    public FooterLabel(ExportFooter footer) {
        Label settings = new Label(footer.settingsLine());
        Label software = new Label(footer.softwareLine());
        settings.getStyleClass().add("footer");
        settings.setWrapText(true); // a 4:3 page is too narrow for the whole line
        software.getStyleClass().add("footer");
        getChildren().addAll(settings, software);
        getStyleClass().add("footer-box");
    }
}
