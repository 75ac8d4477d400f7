package dev.ormplayground.render;

import dev.ormplayground.engine.PagePlans;
import dev.ormplayground.run.plan.PlanSummary;
import java.util.List;
import java.util.function.IntPredicate;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Two plans of the page query side by side, as the code pair sets two levels' code: each with its
 * verdict (index or whole table, rows scanned), the lines only the left one has marked red, the
 * lines only the right one has marked green. The window's Plan tab shows it; its exported picture
 * ({@link PlanPairPicture}) is this same view.
 */
public final class PlanPairView extends HBox {

    /** The whole plans, each line wrapped to the width: the window's tab, which scrolls. */
    public PlanPairView(PagePlans plans) {
        this(plans, Integer.MAX_VALUE);
    }

    /**
     * At most {@code maxLines} lines a side, each cut at the width rather than wrapped, the rest
     * counted in a last line: a picture's page does not scroll.
     */
    public PlanPairView(PagePlans plans, int maxLines) {
        setId("planPair");
        getStyleClass().add("plan-pair");
        List<String> left = LineDiff.lines(plans.leftPlan());
        List<String> right = LineDiff.lines(plans.rightPlan());
        LineDiff diff = LineDiff.between(left, right);
        VBox leftSide = side("planPairLeft", plans.leftTitle(), plans.leftPlan(), left, diff::isRemoved, "diff-removed", maxLines);
        VBox rightSide = side("planPairRight", plans.rightTitle(), plans.rightPlan(), right, diff::isAdded, "diff-added",
                maxLines);
        HBox.setHgrow(leftSide, Priority.ALWAYS);
        HBox.setHgrow(rightSide, Priority.ALWAYS);
        getChildren().addAll(leftSide, rightSide);
    }

    private static VBox side(String id, String title, String plan, List<String> lines, IntPredicate changed, String mark,
                             int maxLines) {
        boolean cut = lines.size() > maxLines;
        Label heading = new Label(title);
        heading.getStyleClass().add("plan-pair-title");
        Label verdict = new Label(PlanSummary.of(plan).verdict());
        verdict.setWrapText(true);
        verdict.getStyleClass().add("plan-verdict");
        VBox side = new VBox(heading, verdict);
        side.setId(id);
        side.getStyleClass().add("plan-pair-side");
        int shown = cut ? maxLines - 1 : lines.size();
        for (int i = 0; i < shown; i++) {
            Label line = new Label(lines.get(i));
            line.setWrapText(maxLines == Integer.MAX_VALUE);
            line.getStyleClass().add("diff-line");
            if (changed.test(i)) {
                line.getStyleClass().add(mark);
            }
            side.getChildren().add(line);
        }
        if (cut) {
            Label rest = new Label("\u2026 and " + (lines.size() - shown) + " more lines");
            rest.getStyleClass().add("diff-line");
            side.getChildren().add(rest);
        }
        side.setMinWidth(0);
        return side;
    }
}
