package dev.ormplayground.render;

import dev.ormplayground.engine.PagePlans;
import dev.ormplayground.export.ExportFooter;
import dev.ormplayground.run.plan.PlanSummary;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The plans of two levels' page queries side by side, as the window's Plan tab sets them, on a
 * slide: what an index or another query changes in how the database finds the page.
 */
public final class PlanPairPicture extends VBox {

    /** The plans beside each other, at most {@code lines} lines a side (a page does not scroll). */
    public PlanPairPicture(PagePlans plans, int lines, ExportFooter footer) {
        getStyleClass().addAll("picture", "plan-picture");
        Label title = new Label(PictureSentences.capitalized(plans.rightTitle()) + " beside " + plans.leftTitle());
        title.getStyleClass().add("title");
        Label subtitle = new Label("How the database finds the page: each level's page query explained with its own"
                + " indexes; the lines that differ are marked");
        subtitle.getStyleClass().add("subtitle");
        PlanPairView pair = new PlanPairView(plans, lines - 5); // its titles and verdicts take the room of five
        VBox.setVgrow(pair, Priority.ALWAYS);
        getChildren().addAll(new VBox(2, title, subtitle), pair);
        if (footer != null) {
            getChildren().add(new FooterLabel(footer));
        }
        setAccessibleText("Plans of the page query: " + plans.leftTitle() + ", " + PlanSummary.of(plans.leftPlan()).verdict()
                + "; " + plans.rightTitle() + ", " + PlanSummary.of(plans.rightPlan()).verdict() + ".");
    }
}
