package dev.ormplayground.ui.code;

import dev.ormplayground.run.LineCost;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;

/**
 * What the code view draws left of each line: the file's own line number and, for a line that
 * sent statements in the last run, a badge with their count ({@code ×20}), red for an N+1. A click
 * on a badge is told to the listener with the line (from 1).
 */
final class LineGutter {

    private Map<Integer, LineCost> costs = Map.of();
    /** What the badges say, to tell a new run whose lines cost the same (Live mode) from a change. */
    private Map<Integer, String> shown = Map.of();
    private IntConsumer clicked = line -> { };
    private int highlighted;
    /** The lines (from 1) a compile error is on, with the compiler's message: the editor's. */
    private Map<Integer, String> problems = Map.of();

    /**
     * The badges of a run (an empty list: none); true if they changed, so the visible lines must
     * be drawn again.
     */
    boolean costs(List<LineCost> lineCosts, IntConsumer onClick) {
        clicked = onClick;
        Map<Integer, LineCost> byLine = new HashMap<>();
        Map<Integer, String> badges = new HashMap<>();
        for (LineCost cost : lineCosts) {
            byLine.put(cost.source().line(), cost);
            badges.put(cost.source().line(), cost.badge() + (cost.nPlusOne() ? " N+1" : ""));
        }
        if (badges.equals(shown)) {
            return false;
        }
        costs = byLine;
        shown = badges;
        return true;
    }

    /** Marks the number of this line (from 1; 0 none) as the one the selected statement came from. */
    void highlight(int line) {
        highlighted = line;
    }

    int highlighted() {
        return highlighted;
    }

    /** The compile errors to mark, message by line (from 1); true if they changed. */
    boolean problems(Map<Integer, String> byLine) {
        if (byLine.equals(problems)) {
            return false;
        }
        problems = Map.copyOf(byLine);
        return true;
    }

    /** The gutter of a line of the file (from 1), or of a fold's marker (line 0): no number, no badge. */
    Node of(int line, int digits) {
        Label number = new Label(String.format(Locale.ROOT, "%" + digits + "s", line > 0 ? String.valueOf(line) : ""));
        number.getStyleClass().add("lineno");
        if (line > 0 && line == highlighted) {
            number.getStyleClass().add("lineno-query");
        }
        String problem = problems.get(line);
        if (problem != null) {
            number.getStyleClass().add("lineno-problem");
            number.setId("problemLine-" + line);
            number.setTooltip(new Tooltip(problem));
        }
        if (costs.isEmpty()) {
            return number;
        }
        LineCost cost = costs.get(line);
        Label badge = new Label(cost == null ? "" : cost.badge());
        badge.getStyleClass().add("line-badge");
        if (cost != null) {
            badge.getStyleClass().add(cost.nPlusOne() ? "line-badge-n-plus-one" : "line-badge-sent");
            badge.setId("lineBadge-" + line);
            badge.setTooltip(new Tooltip(String.format(Locale.ROOT, "%d statement%s from line %d%s. Click to show only"
                            + " them in the SQL list; click again for all.", cost.count(), cost.count() == 1 ? "" : "s",
                    line, cost.nPlusOne() ? ", an N+1: the same query once per item" : "")));
            badge.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    clicked.accept(line);
                    e.consume();
                }
            });
        }
        HBox box = new HBox(badge, number);
        box.getStyleClass().add("gutter");
        return box;
    }
}
