package dev.ormplayground.ui.sql;

import dev.ormplayground.engine.PagePlans;
import dev.ormplayground.render.PlanPairView;
import dev.ormplayground.ui.work.PlanSource;
import dev.ormplayground.ui.work.RunView;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The statement detail's third tab: the plan of the page query of the level before beside this
 * level's, the lines that differ marked; asked once per run, when the tab is opened. For
 * {@code indexed} it shows what its index changes: the same SQL, another plan.
 */
final class PlanPairTab extends Tab {

    private final PlanSource plans;
    private final Label caption = new Label();
    private final ScrollPane pair = new ScrollPane();
    private RunView shown;
    private RunView asked;

    PlanPairTab(PlanSource plans) {
        super("Beside the level before");
        this.plans = plans;
        setId("planPairTab");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE); // the whole sentence, on two lines if it must
        caption.getStyleClass().add("plan-context");
        caption.setId("planPairCaption");
        pair.setFitToWidth(true);
        pair.getStyleClass().add("plan-pair-scroll");
        VBox.setVgrow(pair, Priority.ALWAYS);
        setContent(new VBox(caption, pair));
        selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                ask();
            }
        });
    }

    /** The run the detail shows now; its plans are asked when the tab is open. */
    void show(RunView run) {
        shown = run;
        if (isSelected()) {
            ask();
        }
    }

    private void ask() {
        if (shown == null || shown == asked) {
            if (shown == null) {
                caption.setText("Run a level to set its page query's plan beside the level before's.");
                pair.setContent(null);
            }
            return;
        }
        asked = shown;
        RunView forRun = shown;
        caption.setText("Asking the database for both plans…");
        pair.setContent(null);
        plans.pagePlans(forRun, (PagePlans both) -> {
            if (forRun == shown) {
                caption.setText("How the database finds the page: level " + both.leftTitle() + " beside level "
                        + both.rightTitle() + ", each with its own indexes; the lines that differ are marked.");
                pair.setContent(new PlanPairView(both));
            }
        }, why -> {
            if (forRun == shown) {
                caption.setText(why);
                asked = null;
            }
        });
    }
}
