package dev.ormplayground.ui;

import dev.ormplayground.export.LadderExport;
import dev.ormplayground.export.PictureFormat;
import dev.ormplayground.ui.picture.PictureExport;
import dev.ormplayground.ui.session.PlaygroundSession;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The second bar: which view is shown (Run, Compare, Scaling, Console, Challenges), how the runs reach the
 * database, and Export (PNG, SVG, PDF, a deck).
 */
final class ViewBar extends HBox {

    /** The window's views. */
    enum View { RUN, COMPARE, SCALING, CONSOLE, CHALLENGES }

    private final ObjectProperty<View> view = new SimpleObjectProperty<>(View.RUN);
    private final ToggleGroup views = new ToggleGroup();

    ViewBar(PlaygroundSession session, PictureExport exports) {
        setId("viewBar");
        getStyleClass().add("view-bar");
        setAlignment(Pos.CENTER_LEFT);

        HBox switcher = new HBox(
                viewButton("Run", View.RUN, "One level at a time: its SQL, latency, code and feed"),
                viewButton("Compare", View.COMPARE, "Every level measured at once, as a table and bar charts"),
                viewButton("Scaling", View.SCALING, "Median latency against data size, log-log"),
                viewButton("Console", View.CONSOLE, "Ask the database anything, in HQL or SQL, read-only"),
                viewButton("Challenges", View.CHALLENGES, "Write the fix, and the program checks it"));
        switcher.getStyleClass().add("segmented");
        switcher.setMinWidth(Region.USE_PREF_SIZE);
        views.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                view.set((View) now.getUserData());
            }
        });
        view.addListener((obs, old, now) -> views.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(switcher, new DatabaseControl(session), new ConnectionControls(session), spacer,
                exportMenu(session, exports));
    }

    private ToggleButton viewButton(String text, View target, String tip) {
        ToggleButton button = new ToggleButton(text);
        button.setId("view" + text);
        button.setUserData(target);
        button.setToggleGroup(views);
        button.setSelected(target == View.RUN);
        button.setTooltip(new Tooltip(tip));
        button.getStyleClass().add("segment");
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static MenuButton exportMenu(PlaygroundSession session, PictureExport exports) {
        MenuItem window = new MenuItem("Whole window (" + PictureExport.WINDOW + ")…");
        window.setId("exportWindow");
        window.setOnAction(e -> exports.window());
        List<MenuItem> needComparison = new ArrayList<>();
        for (PictureFormat format : PictureFormat.values()) {
            MenuItem comparison = new MenuItem("Comparison (" + format.fileName(LadderExport.COMPARISON) + ")…");
            comparison.setId(format == PictureFormat.PNG ? "exportComparison" : "exportComparison" + format.name());
            comparison.setOnAction(e -> exports.comparison(format));
            needComparison.add(comparison);
        }
        for (PictureFormat format : PictureFormat.values()) {
            MenuItem card = new MenuItem();
            card.setId(format == PictureFormat.PNG ? "exportCard" : "exportCard" + format.name());
            card.textProperty().bind(Bindings.createStringBinding(() -> "Card of level "
                            + session.selectedLevelProperty().get() + " ("
                            + format.fileName(LadderExport.cardName(session.selectedLevelProperty().get())) + ")…",
                    session.selectedLevelProperty()));
            card.setOnAction(e -> exports.card(format));
            needComparison.add(card);
        }
        MenuItem deck = new MenuItem("Deck for a talk (" + PictureExport.DECK + ")…");
        deck.setId("exportDeck");
        deck.setOnAction(e -> exports.deck());
        needComparison.add(deck);
        for (MenuItem item : needComparison) {
            item.disableProperty().bind(session.comparison().lastProperty().isNull());
        }
        MenuButton menu = new MenuButton("Export");
        menu.getItems().add(window);
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(needComparison.subList(0, 3));
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(needComparison.subList(3, 6));
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().add(deck);
        menu.setId("exportMenu");
        menu.setTooltip(new Tooltip("Save a picture for slides: PNG at 2x, or SVG and PDF that stay sharp at any size and"
                + " keep their text; the comparison, the cards and the deck need a comparison"));
        menu.setMinWidth(Region.USE_PREF_SIZE);
        return menu;
    }

    ObjectProperty<View> viewProperty() {
        return view;
    }
}
