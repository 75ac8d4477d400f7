package dev.ormplayground.ui;

import dev.ormplayground.export.PictureFormat;
import dev.ormplayground.export.PictureSize;
import dev.ormplayground.render.PictureTheme;
import dev.ormplayground.ui.picture.PictureExport;
import dev.ormplayground.ui.session.PlaygroundSession;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
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
        Menu comparison = formats("Comparison", "exportComparison", exports::comparison);
        Menu card = formats("Card", "exportCard", exports::card);
        card.textProperty().bind(Bindings.createStringBinding(() -> "Card of level " + session.selectedLevelProperty().get(),
                session.selectedLevelProperty()));
        MenuItem deck = new MenuItem("Deck for a talk (" + PictureExport.DECK + ")…");
        deck.setId("exportDeck");
        deck.setOnAction(e -> exports.deck());
        for (MenuItem item : List.of(comparison, card, deck)) {
            item.disableProperty().bind(session.comparison().lastProperty().isNull());
        }
        Menu latency = formats("Latency chart", "exportLatency", exports::latency);
        Menu code = formats("Code beside the level before", "exportCode", exports::codePair);
        Menu plans = formats("Plans beside the level before", "exportPlans", exports::planPair);
        latency.disableProperty().bind(session.lastRunProperty().isNull());
        plans.disableProperty().bind(session.lastRunProperty().isNull());
        MenuButton menu = new MenuButton("Export");
        menu.getItems().addAll(window, new SeparatorMenuItem(), comparison, card, deck, new SeparatorMenuItem(),
                latency, code, plans, new SeparatorMenuItem(), look(exports));
        menu.setId("exportMenu");
        menu.setTooltip(new Tooltip("Save a picture for slides: PNG at 2x, or SVG and PDF that stay sharp at any size and"
                + " keep their text; the comparison, the cards and the deck need a comparison"));
        menu.setMinWidth(Region.USE_PREF_SIZE);
        return menu;
    }

    /** A picture's submenu: one item per format, ids {@code <id>} (PNG), {@code <id>SVG}, {@code <id>PDF}. */
    private static Menu formats(String title, String id, Consumer<PictureFormat> export) {
        Menu menu = new Menu(title);
        menu.setId(id + "Menu");
        for (PictureFormat format : PictureFormat.values()) {
            MenuItem item = new MenuItem(format.name() + (format == PictureFormat.PNG ? " at 2x" : " (vector)") + "…");
            item.setId(format == PictureFormat.PNG ? id : id + format.name());
            item.setOnAction(e -> export.accept(format));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** The look of every picture but the window's: theme, an empty ground, the page. */
    private static Menu look(PictureExport exports) {
        Menu look = new Menu("Look of the pictures");
        look.setId("exportLook");
        ToggleGroup themes = new ToggleGroup();
        for (PictureTheme theme : PictureTheme.values()) {
            RadioMenuItem item = new RadioMenuItem("Theme: " + theme.id() + switch (theme) {
                case LIGHT -> " (print, light slides)";
                case DARK -> " (dark slide templates)";
                case PROJECTOR -> " (full contrast, bigger text)";
            });
            item.setId("exportTheme-" + theme.id());
            item.setToggleGroup(themes);
            item.setSelected(exports.themeProperty().get() == theme);
            item.setOnAction(e -> exports.themeProperty().set(theme));
            look.getItems().add(item);
        }
        CheckMenuItem transparent = new CheckMenuItem("Transparent ground (PNG, SVG)");
        transparent.setId("exportTransparent");
        transparent.selectedProperty().bindBidirectional(exports.transparentProperty());
        look.getItems().addAll(new SeparatorMenuItem(), transparent, new SeparatorMenuItem());
        ToggleGroup sizes = new ToggleGroup();
        for (PictureSize size : PictureSize.values()) {
            RadioMenuItem item = new RadioMenuItem("Page: " + switch (size) {
                case WIDE -> "16:9 (slides)";
                case STANDARD -> "4:3 (older projectors)";
                case A4 -> "A4 (a printed handout)";
            });
            item.setId("exportSize-" + size.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(sizes);
            item.setSelected(exports.sizeProperty().get() == size);
            item.setOnAction(e -> exports.sizeProperty().set(size));
            look.getItems().add(item);
        }
        return look;
    }

    ObjectProperty<View> viewProperty() {
        return view;
    }
}
