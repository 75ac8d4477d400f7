package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.ui.session.UserLevel;
import dev.ormplayground.ui.session.challenge.ChallengesModel;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Challenges view: a challenge's goal and hints, its starter opened in the editor, a check's
 * checklist with its figures, a pass that opens the next one, and the solution against the
 * learner's code; at a projector's sizes.
 */
@ExtendWith(ApplicationExtension.class)
class ChallengesViewTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    private List<String> checklist(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#challengeChecklist").queryAs(VBox.class).getChildren().stream()
                .map(node -> ((Label) node).getText()).toList());
    }

    private UserLevel learnersLevel() throws Exception {
        return fx(() -> fixture.session.userLevels().levels().stream()
                .filter(level -> level.className().equals("MyNPlusOne")).findFirst().orElseThrow());
    }

    @Test
    void theLearnerReadsTheGoalEditsTheStarterChecksAndPasses(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        ChallengesModel model = fixture.session.challenges();
        robot.clickOn("#viewChallenges");
        waitUntil(() -> robot.lookup("#challengeEdit").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals("n-plus-one", fx(() -> model.selectedProperty().get().id()), "the first challenge is chosen");
        robot.clickOn("#challengeHint");
        waitUntil(() -> robot.lookup(".challenge-hint").tryQuery().isPresent());
        assertTrue(fx(() -> robot.lookup(".challenge-hint").queryAs(Label.class).getText()).startsWith("Hint 1 of 4: "));
        snapshotAtEachSize(robot, "challenge-goal");

        robot.clickOn("#challengeEdit");
        waitUntil(() -> fixture.session.selectedLevelProperty().get() != null
                && fixture.session.selectedLevelProperty().get().title().equals("MyNPlusOne"));
        assertTrue(fx(() -> learnersLevel().textProperty().get()).contains("// CHALLENGE n-plus-one: each getter"),
                "the starter, its place to change marked, is in the editor");

        robot.clickOn("#viewChallenges");
        waitUntil(() -> robot.lookup("#challengeCheck").tryQuery().map(node -> !node.isDisabled()).orElse(false));
        robot.clickOn("#challengeCheck");
        waitUntil(() -> robot.lookup("#challengeChecklist").tryQuery().isPresent());
        assertTrue(checklist(robot).contains("\u2717 statements 53, at most 3 (sample data, page 20)"), checklist(robot).toString());
        snapshotAtEachSize(robot, "challenge-failed");

        fx(() -> {
            learnersLevel().textProperty().set(model.solution("MyNPlusOne"));
            return null;
        });
        robot.clickOn("#challengeCheck");
        waitUntil(() -> fx(() -> model.passed(model.selectedProperty().get())));
        waitUntil(() -> robot.lookup("#challengeChecklist").tryQuery().isPresent());
        assertTrue(checklist(robot).contains("\u2713 statements 3, at most 3 (hidden data: 300 posts, page 13)"),
                checklist(robot).toString());
        assertTrue(fx(() -> robot.lookup("#challenge-n-plus-one").query().getStyleClass().contains("passed")));
        assertTrue(fx(() -> robot.lookup("#challenge-two-bags").query().getStyleClass().contains("open")),
                "the pass opens the next challenge");

        robot.clickOn("#challengeSolution");
        waitUntil(() -> robot.lookup("#challengeSolutionDiff").tryQuery().isPresent());
        snapshotAtEachSize(robot, "challenge-passed");
    }

    private void snapshotAtEachSize(FxRobot robot, String name) throws Exception {
        for (double[] size : new double[][] {{1280, 720, 13}, {1280, 720, 26}, {1920, 1080, 13}}) {
            fixture.sizeTo(robot, size[0], size[1], size[2]);
            WindowFixture.waitForPulses(2);
            fixture.snapshot(name + "-" + (int) size[0] + "-" + (int) size[2] + "px.png");
        }
        fixture.sizeTo(robot, 1280, 720, 13);
        WindowFixture.waitForPulses(2);
    }

    @Test
    void aPlanChallengeSetsThePageQuerysPlanBesideTheSolutions(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        ChallengesModel model = fixture.session.challenges();
        robot.clickOn("#viewChallenges");
        robot.clickOn("#challengesAllOpen");
        waitUntil(() -> fx(model::allOpen));
        robot.clickOn("#challenge-use-the-index");
        waitUntil(() -> fx(() -> model.selectedProperty().get().id()).equals("use-the-index"));
        robot.clickOn("#challengeEdit");
        robot.clickOn("#viewChallenges");
        waitUntil(() -> robot.lookup("#challengeCheck").tryQuery().map(node -> !node.isDisabled()).orElse(false));
        robot.clickOn("#challengeCheck");
        waitUntil(() -> robot.lookup("#planPair").tryQuery().isPresent());

        String left = fx(() -> robot.lookup("#planPairLeft .plan-verdict").queryAs(Label.class).getText());
        String right = fx(() -> robot.lookup("#planPairRight .plan-verdict").queryAs(Label.class).getText());
        assertTrue(left.startsWith("\u2718 reads every row of POSTS"), left);
        assertTrue(right.startsWith("\u2714 index IDX_POSTS_NEWEST"), right);
        assertTrue(fx(() -> robot.lookup("#planPairLeft .diff-removed").tryQuery().isPresent()
                && robot.lookup("#planPairRight .diff-added").tryQuery().isPresent()), "the lines that differ are marked");
        for (double[] size : new double[][] {{1280, 720, 13}, {1280, 720, 26}, {1920, 1080, 13}}) {
            fixture.sizeTo(robot, size[0], size[1], size[2]);
            WindowFixture.waitForPulses(2);
            fx(() -> { // the pair is below the checklist: scrolled to, as a learner would
                robot.lookup(".challenge-scroll").queryAll().forEach(node -> ((javafx.scene.control.ScrollPane) node).setVvalue(1));
                return null;
            });
            WindowFixture.waitForPulses(2);
            fixture.snapshot("challenge-plan-pair-" + (int) size[0] + "-" + (int) size[2] + "px.png");
        }
    }
}
