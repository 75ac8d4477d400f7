package dev.ormplayground.ui.run;

import dev.ormplayground.render.LevelColors;
import dev.ormplayground.ui.code.JavaFiles;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.session.UserLevel;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The third shelf, under the detours: the levels the user wrote, a chip each in its own colour,
 * then "+" (a copy of the selected level to edit, E) and "Open…" (a {@code .java} file). Narrow,
 * one chip whose menu holds them all, so the ladder keeps its height.
 */
final class UserShelf extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final PlaygroundSession session;
    private final FlowPane chips = new FlowPane();
    private final HBox line;
    private final Label narrow = new Label("\u270e");

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

        narrow.setId("userLevelMenu");
        narrow.getStyleClass().addAll("level-number", "detour-mark", "user-mark");
        narrow.setTooltip(new Tooltip("Your levels: copy a level to edit it (E), or open a .java file"));
        narrow.setOnMouseClicked(e -> menu().show(narrow, Side.RIGHT, 0, 0));
        narrow.setVisible(false);
        narrow.setManaged(false);
        getChildren().addAll(line, narrow);

        session.userLevels().levels().addListener((ListChangeListener<UserLevel>) change -> showChips());
        session.selectedLevelProperty().addListener((obs, old, level) -> showSelection());
        showChips();
    }

    void compact(boolean isNarrow) {
        line.setVisible(!isNarrow);
        line.setManaged(!isNarrow);
        narrow.setVisible(isNarrow);
        narrow.setManaged(isNarrow);
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
                    session.select(level);
                    if (event.getClickCount() == 2) {
                        session.runOnce();
                    }
                }
            });
            chips.getChildren().add(chip);
        }
        chips.getChildren().addAll(action("+", "copyLevel", "Copy the selected level into one of yours to edit (E)",
                session::editCopy), action("Open…", "openLevel", "Open a .java file as a level of yours", this::open));
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

    private ContextMenu menu() {
        ContextMenu menu = new ContextMenu();
        for (UserLevel level : session.userLevels().levels()) {
            MenuItem item = new MenuItem(level.className());
            item.setOnAction(e -> session.select(level));
            menu.getItems().add(item);
        }
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem copy = new MenuItem("Copy the selected level to edit (E)");
        copy.setOnAction(e -> session.editCopy());
        MenuItem open = new MenuItem("Open a .java file…");
        open.setOnAction(e -> open());
        menu.getItems().addAll(copy, open);
        return menu;
    }

    private void open() {
        File file = JavaFiles.chooser("Open a level (.java)").showOpenDialog(getScene().getWindow());
        if (file != null) {
            session.userLevels().open(file.toPath(), session::select);
        }
    }

    private void showSelection() {
        String selected = session.selectedLevelProperty().get() == null ? "" : session.selectedLevelProperty().get().id();
        chips.getChildren().forEach(chip -> chip.pseudoClassStateChanged(SELECTED, chip.getUserData() instanceof UserLevel own
                && own.id().equals(selected)));
        narrow.pseudoClassStateChanged(SELECTED, session.userLevels().byId(selected).isPresent());
    }
}
