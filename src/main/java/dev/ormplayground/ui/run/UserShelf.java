package dev.ormplayground.ui.run;

import dev.ormplayground.render.LevelColors;
import dev.ormplayground.ui.code.JavaFiles;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.session.UserLevel;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The third shelf, under the detours: the levels the user wrote, a chip each in its own colour,
 * then "+" (a copy of the selected level to edit, E) and "Open…" (a {@code .java} file). Narrow,
 * it steps aside for the ladder's one chip, whose menu lists them ({@link #menuItems()}), so the
 * ladder keeps its height.
 */
final class UserShelf extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final PlaygroundSession session;
    private final FlowPane chips = new FlowPane();
    private final HBox line;

    UserShelf(PlaygroundSession session) {
        this.session = session;
        setId("userShelf");
        Label title = new Label("YOURS");
        title.getStyleClass().addAll("panel-title", "detours-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        chips.getStyleClass().addAll("detour-shelf", "user-shelf");
        chips.setId("userLevels");
        line = new HBox(title, chips);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("detour-line");

        getChildren().add(line);

        session.userLevels().levels().addListener((ListChangeListener<UserLevel>) change -> showChips());
        session.selectedLevelProperty().addListener((obs, old, level) -> showSelection());
        showChips();
    }

    void compact(boolean narrow) {
        setVisible(!narrow);
        setManaged(!narrow);
    }

    private void showChips() {
        chips.getChildren().clear();
        for (UserLevel level : session.userLevels().levels()) {
            Label chip = new Label(level.className());
            chip.getStyleClass().addAll("level-number", "user-chip", LevelColors.styleClass(level.levelProperty().get()));
            chip.setId("userLevel-" + level.id());
            chip.setUserData(level);
            chip.setMinWidth(Region.USE_PREF_SIZE);
            chip.setTooltip(new Tooltip(level.className() + ": yours" + (level.origin() == null ? ""
                    : ", copied from " + level.origin().id()) + ". Double-click runs it."));
            chip.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY) {
                    session.userLevels().select(level);
                    if (event.getClickCount() == 2) {
                        session.runOnce();
                    }
                }
            });
            chips.getChildren().add(chip);
        }
        chips.getChildren().addAll(action("+", "copyLevel", "Copy the selected level into one of yours to edit (E)",
                session.userLevels()::editCopy), action("Open…", "openLevel", "Open a .java file as a level of yours", this::open));
        showSelection();
    }

    private Label action(String text, String id, String tip, Runnable onClick) {
        Label action = new Label(text);
        action.setId(id);
        action.getStyleClass().addAll("level-number", "detour-mark", "shelf-action");
        action.setMinWidth(Region.USE_PREF_SIZE);
        action.setTooltip(new Tooltip(tip));
        action.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                onClick.run();
            }
        });
        return action;
    }

    /** The shelf as menu items, for the narrow ladder's chip: the user's levels, then copy and open. */
    List<MenuItem> menuItems() {
        List<MenuItem> items = new ArrayList<>();
        for (UserLevel level : session.userLevels().levels()) {
            MenuItem item = new MenuItem("\u270e  " + level.className());
            item.setOnAction(e -> session.userLevels().select(level));
            items.add(item);
        }
        MenuItem copy = new MenuItem("Copy the selected level to edit (E)");
        copy.setOnAction(e -> session.userLevels().editCopy());
        MenuItem open = new MenuItem("Open a .java file…");
        open.setOnAction(e -> open());
        items.addAll(List.of(copy, open));
        return items;
    }

    private void open() {
        File file = JavaFiles.chooser("Open a level (.java)").showOpenDialog(getScene().getWindow());
        if (file != null) {
            session.userLevels().open(file.toPath(), session.userLevels()::select);
        }
    }

    private void showSelection() {
        String selected = session.selectedLevelProperty().get() == null ? "" : session.selectedLevelProperty().get().id();
        chips.getChildren().forEach(chip -> chip.pseudoClassStateChanged(SELECTED, chip.getUserData() instanceof UserLevel own
                && own.id().equals(selected)));
    }
}
