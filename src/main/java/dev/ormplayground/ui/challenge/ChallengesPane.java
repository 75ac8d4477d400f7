package dev.ormplayground.ui.challenge;

import dev.ormplayground.ui.session.PlaygroundSession;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The Challenges view, one working place: on the left the chosen challenge's goal, why, hints and
 * checklist ({@link ChallengeBrief}); on the right the learner's code with Check beside it and
 * their last run a tab away ({@link ChallengeWorkbench}). The Run view's editor stays for free play.
 */
public final class ChallengesPane extends HBox {

    public ChallengesPane(PlaygroundSession session) {
        setId("challenges");
        getStyleClass().add("challenges");
        ChallengeWorkbench workbench = new ChallengeWorkbench(session, session.challenges());
        ChallengeBrief brief = new ChallengeBrief(session.challenges(), workbench::showSolution);
        HBox.setHgrow(workbench, Priority.ALWAYS);
        // The code's long lines must not ask for width the brief then gives up: the workbench takes what is left.
        workbench.setPrefWidth(0);
        workbench.setMinWidth(0);
        // The code gets the room: the brief takes 30% of the width, within its stylesheet's bounds.
        brief.prefWidthProperty().bind(widthProperty().multiply(0.3));
        getChildren().addAll(brief, workbench);
    }
}
