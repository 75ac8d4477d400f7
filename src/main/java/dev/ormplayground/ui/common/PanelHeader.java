package dev.ormplayground.ui.common;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A panel's header row: its title and notes on the left, its controls on the right, the room
 * between them given away first when the panel narrows.
 */
public final class PanelHeader extends HBox {

    public PanelHeader(List<? extends Node> left, List<? extends Node> right) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(left);
        getChildren().add(spacer);
        getChildren().addAll(right);
        getStyleClass().add("panel-header");
        setAlignment(Pos.CENTER_LEFT);
    }

    /** Keeps these at their own width however narrow the panel: a title or a button cut short reads as broken. */
    public PanelHeader keepingWhole(Region... parts) {
        for (Region part : parts) {
            part.setMinWidth(Region.USE_PREF_SIZE);
        }
        return this;
    }
}
