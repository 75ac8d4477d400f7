package dev.ormplayground.ui.run;

import dev.ormplayground.format.Words;
import dev.ormplayground.ladder.Detour;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.render.LevelColors;
import dev.ormplayground.ui.session.PlaygroundSession;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The ladder's levels, one row each: number, title, the article's tool, and the query count of
 * the level's last run. Click or arrows pick a level, a double click or Enter runs it (the
 * window handles Enter, Space and the digit keys).
 */
public final class LadderPane extends VBox {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final PlaygroundSession session;
    private final List<HBox> rows = new ArrayList<>();
    /** What a narrow ladder leaves out: the titles, the article's tools, the query counts. */
    private final List<Node> detail = new ArrayList<>();
    /** The detours' chips, on a shelf of their own under the ladder. */
    private final List<Label> chips = new ArrayList<>();
    /** The chips in a row, beside the shelf's title. */
    private final HBox shelf = new HBox();
    /** When the ladder is narrow: one chip whose menu lists the detours, so the ladder keeps its height. */
    private final Label narrowShelf = new Label("\u21b7");
    /** The levels the user wrote, on a third shelf. */
    private final UserShelf userShelf;

    public LadderPane(PlaygroundSession session) {
        this.session = session;
        setId("ladder");
        getStyleClass().addAll("panel", "ladder");
        setFocusTraversable(true);

        Label header = new Label("THE LADDER");
        header.getStyleClass().add("panel-title");
        detail.add(header);
        getChildren().add(header);
        for (Level level : session.ladder().levels()) {
            HBox row = row(level);
            rows.add(row);
            getChildren().add(row);
        }
        if (!session.ladder().detours().isEmpty()) {
            // One line under the ladder: its title and a chip per detour, so the ladder keeps its height.
            Label detours = new Label("DETOURS");
            detours.getStyleClass().addAll("panel-title", "detours-title");
            detours.setMinWidth(Region.USE_PREF_SIZE);
            detail.add(detours);
            shelf.getStyleClass().add("detour-shelf");
            char letter = 'a';
            for (Detour detour : session.ladder().detours()) {
                Label chip = detourChip(detour, letter++);
                chips.add(chip);
                shelf.getChildren().add(chip);
            }
            HBox line = new HBox(detours, shelf);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("detour-line");
            detail.add(line);
            getChildren().add(line);
            if (!session.ladder().cacheRoad().isEmpty()) {
                // The third shelf, Hibernate's own caches: its chips go on with the detours' letters.
                Label road = new Label("HIBERNATE'S CACHES");
                road.getStyleClass().addAll("panel-title", "detours-title");
                road.setMinWidth(Region.USE_PREF_SIZE);
                detail.add(road);
                HBox roadShelf = new HBox();
                roadShelf.getStyleClass().add("detour-shelf");
                for (Detour detour : session.ladder().cacheRoad()) {
                    Label chip = detourChip(detour, letter++);
                    chips.add(chip);
                    roadShelf.getChildren().add(chip);
                }
                HBox roadLine = new HBox(road, roadShelf);
                roadLine.setAlignment(Pos.CENTER_LEFT);
                roadLine.getStyleClass().addAll("detour-line", "cache-road-line");
                detail.add(roadLine);
                getChildren().add(roadLine);
            }
        }
        userShelf = new UserShelf(session);
        getChildren().addAll(userShelf, narrowShelf());
        session.selectedLevelProperty().addListener((obs, old, level) -> showSelection());
        session.queriesByLevel().addListener((MapChangeListener<String, Integer>) change ->
                updateQueryCounts());
        setOnKeyPressed(event -> {
            Level selected = session.selectedLevelProperty().get();
            // From a detour, the arrows go back to the ladder's last step.
            int number = session.ladder().isDetour(selected) || selected.usersOwn() ? session.ladder().levels().size() + 1
                    : selected.number();
            if (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.KP_UP) {
                session.select(Math.max(1, number - 1));
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.KP_DOWN) {
                session.select(Math.min(session.ladder().levels().size(), number + 1));
                event.consume();
            } else if (event.getCode() == KeyCode.HOME) {
                session.select(1);
                event.consume();
            } else if (event.getCode() == KeyCode.END) {
                session.select(session.ladder().levels().size());
                event.consume();
            }
        });
        showSelection();
    }

    /**
     * A narrow ladder, for big fonts on a small screen: each level's coloured number only, the
     * selected one marked; the full ladder otherwise.
     */
    public void compact(boolean narrow) {
        for (Node node : detail) {
            node.setVisible(!narrow);
            node.setManaged(!narrow);
        }
        pseudoClassStateChanged(COMPACT, narrow);
        userShelf.compact(narrow);
        narrowShelf.setVisible(narrow);
        narrowShelf.setManaged(narrow);
    }

    private HBox row(Level level) {
        Label number = new Label(String.valueOf(level.number()));
        number.getStyleClass().addAll("level-number", LevelColors.styleClass(level));
        number.setMinWidth(Region.USE_PREF_SIZE);

        Label title = new Label(level.title());
        title.getStyleClass().add("level-title");
        Label tool = new Label(level.articleTool());
        tool.getStyleClass().add("level-tool");
        VBox text = new VBox(title, tool);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        Label queries = new Label();
        queries.getStyleClass().add("level-queries");
        Label queriesWord = new Label();
        queriesWord.getStyleClass().add("level-queries-word");
        VBox count = new VBox(queries, queriesWord);
        count.setAlignment(Pos.CENTER_RIGHT);
        count.setMinWidth(Region.USE_PREF_SIZE);

        detail.add(text);
        detail.add(count);
        HBox row = new HBox(number, text, count);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("level-row");
        row.setUserData(level);
        picksOnClick(row, level);
        return row;
    }

    /**
     * A detour: a chip with a letter (the digit keys reach the ladder only); its title and lesson
     * are in its tooltip, and in the code pair's title and the run's line once it is picked.
     */
    private Label detourChip(Detour detour, char letter) {
        Level level = detour.level();
        Label chip = new Label(String.valueOf(letter));
        chip.getStyleClass().addAll("level-number", "detour-mark");
        chip.setMinWidth(Region.USE_PREF_SIZE);
        chip.setId("detour-" + level.id());
        chip.setUserData(detour);
        chip.setTooltip(new Tooltip(level.title() + " (" + level.id() + "): " + detour.lesson()
                + ". Departs from level " + detour.departsFrom() + "; the code pair shows it beside that one."));
        picksOnClick(chip, level);
        return chip;
    }

    /** A click on the node picks the level; a double-click also runs it. */
    private void picksOnClick(Node node, Level level) {
        node.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                session.selectedLevelProperty().set(level);
                requestFocus();
                if (event.getClickCount() == 2) {
                    session.runOnce();
                }
            }
        });
    }

    /** The narrow ladder's one chip for the two shelves: its menu lists the detours, then the user's levels and actions. */
    private Label narrowShelf() {
        narrowShelf.setId("detourMenu");
        narrowShelf.getStyleClass().addAll("level-number", "detour-mark");
        narrowShelf.setTooltip(new Tooltip("Detours (levels that go wrong on purpose) and your own levels"));
        narrowShelf.setOnMouseClicked(e -> {
            ContextMenu menu = new ContextMenu();
            char letter = 'a';
            List<Detour> besides = new ArrayList<>(session.ladder().detours());
            besides.addAll(session.ladder().cacheRoad());
            for (Detour detour : besides) {
                MenuItem item = new MenuItem(letter++ + "  " + detour.level().title() + ": " + detour.lesson());
                item.setOnAction(pick -> session.selectedLevelProperty().set(detour.level()));
                menu.getItems().add(item);
            }
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().addAll(userShelf.menuItems());
            menu.show(narrowShelf, Side.RIGHT, 0, 0);
        });
        narrowShelf.setVisible(false);
        narrowShelf.setManaged(false);
        return narrowShelf;
    }

    private void showSelection() {
        Level selected = session.selectedLevelProperty().get();
        for (HBox row : rows) {
            row.pseudoClassStateChanged(SELECTED, row.getUserData() == selected);
        }
        for (Label chip : chips) {
            chip.pseudoClassStateChanged(SELECTED, ((Detour) chip.getUserData()).level() == selected);
        }
        narrowShelf.pseudoClassStateChanged(SELECTED, session.ladder().isDetour(selected) || selected.usersOwn());
    }

    private void updateQueryCounts() {
        for (HBox row : rows) {
            Level level = (Level) row.getUserData();
            Integer queries = session.queriesByLevel().get(level.id());
            VBox count = (VBox) row.getChildren().get(2);
            ((Label) count.getChildren().get(0)).setText(queries == null ? "" : String.valueOf(queries));
            ((Label) count.getChildren().get(1)).setText(queries == null ? "" : Words.of(queries, "query", "queries"));
        }
    }
}
