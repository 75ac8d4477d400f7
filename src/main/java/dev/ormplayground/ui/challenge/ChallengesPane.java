package dev.ormplayground.ui.challenge;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.ChallengeCode;
import dev.ormplayground.challenge.CheckLine;
import dev.ormplayground.challenge.Checklist;
import dev.ormplayground.engine.PagePlans;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.session.UserLevel;
import dev.ormplayground.ui.session.challenge.ChallengesModel;
import dev.ormplayground.ui.sql.PlanPairView;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Challenges view: the challenges in order on the left, each passed, open or still closed;
 * the chosen one on the right: its goal and why, its starter to edit, the check's checklist, its
 * hints one at a time, and its solution beside the learner's code once allowed.
 */
public final class ChallengesPane extends HBox {

    private final PlaygroundSession session;
    private final ChallengesModel model;
    private final Runnable showRunView;
    private final VBox list = new VBox();
    private final ToggleGroup choice = new ToggleGroup();
    private final VBox detail = new VBox();

    /** {@code showRunView} brings the Run view forward, where the learner edits the starter. */
    public ChallengesPane(PlaygroundSession session, Runnable showRunView) {
        this.session = session;
        this.model = session.challenges();
        this.showRunView = showRunView;
        setId("challenges");
        getStyleClass().add("challenges");

        CheckBox allOpen = new CheckBox("All open (a workshop)");
        allOpen.setId("challengesAllOpen");
        allOpen.setSelected(model.allOpen());
        allOpen.selectedProperty().addListener((obs, was, open) -> model.openAll(open));
        Button reset = new Button("Reset progress");
        reset.setId("challengesReset");
        reset.setOnAction(e -> model.resetProgress());
        Label heading = new Label("CHALLENGES");
        heading.getStyleClass().add("panel-title");
        VBox rowsAndSwitches = new VBox(list, allOpen, reset);
        rowsAndSwitches.getStyleClass().add("challenge-list-body");
        // The list scrolls rather than make the window taller than the screen (eight rows at 200%).
        ScrollPane listScroll = new ScrollPane(rowsAndSwitches);
        listScroll.setFitToWidth(true);
        listScroll.getStyleClass().add("challenge-scroll");
        VBox left = new VBox(heading, listScroll);
        VBox.setVgrow(listScroll, Priority.ALWAYS);
        left.getStyleClass().addAll("panel", "challenge-list");
        list.getStyleClass().add("challenge-rows");

        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("challenge-scroll");
        detail.getStyleClass().add("challenge-detail");
        VBox right = new VBox(scroll);
        right.getStyleClass().add("panel");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);

        model.progressVersionProperty().addListener((obs, old, now) -> rows());
        model.selectedProperty().addListener((obs, old, now) -> detail());
        model.hintsShownProperty().addListener((obs, old, now) -> detail());
        model.checklistProperty().addListener((obs, old, now) -> detail());
        model.checkingProperty().addListener((obs, old, now) -> detail());
        model.plansProperty().addListener((obs, old, now) -> detail());
        model.noteProperty().addListener((obs, old, now) -> detail());
        rows();
        detail();
    }

    private void rows() {
        list.getChildren().clear();
        List<Challenge> all = model.all();
        for (int i = 0; i < all.size(); i++) {
            Challenge challenge = all.get(i);
            boolean passed = model.passed(challenge);
            boolean open = model.open(challenge);
            ToggleButton row = new ToggleButton((i + 1) + "  " + challenge.title() + (passed ? "  \u2713" : open ? "" : "  (closed)"));
            row.setId("challenge-" + challenge.id());
            row.getStyleClass().addAll("challenge-row", passed ? "passed" : open ? "open" : "closed");
            row.setMaxWidth(Double.MAX_VALUE);
            row.setWrapText(true); // a title whole, on two lines if it must
            row.setAlignment(Pos.CENTER_LEFT);
            row.setToggleGroup(choice);
            row.setSelected(challenge == model.selectedProperty().get());
            row.setOnAction(e -> {
                row.setSelected(true);
                model.selectedProperty().set(challenge);
            });
            list.getChildren().add(row);
        }
        detail();
    }

    private void detail() {
        Challenge challenge = model.selectedProperty().get();
        detail.getChildren().clear();
        if (challenge == null) {
            return;
        }
        Label title = wrapped(challenge.title(), "challenge-title");
        Label goal = wrapped(challenge.goal(), "challenge-goal");
        Label why = wrapped(challenge.why(), "challenge-why");
        detail.getChildren().addAll(title, goal, why);
        if (!model.open(challenge)) {
            detail.getChildren().add(wrapped("Opens when the challenge before it is passed (or tick \"All open\").",
                    "challenge-note"));
            return;
        }
        Button edit = new Button(own(challenge).isPresent() ? "Edit my " + model.className() : "Edit the starter");
        edit.setId("challengeEdit");
        edit.setOnAction(e -> editStarter(challenge));
        Button check = new Button(model.checkingProperty().get() ? "Checking…" : "Check my level");
        check.setId("challengeCheck");
        check.getStyleClass().add("run-user-level");
        check.setDisable(model.checkingProperty().get() || own(challenge).isEmpty());
        check.setOnAction(e -> own(challenge).ifPresent(level -> model.check(level.className(), level.textProperty().get())));
        detail.getChildren().add(new HBox(8, edit, check));
        if (!model.noteProperty().get().isEmpty()) {
            detail.getChildren().add(wrapped(model.noteProperty().get(), "challenge-note"));
        }
        Checklist checklist = model.checklistProperty().get();
        if (checklist != null) {
            VBox lines = new VBox();
            lines.setId("challengeChecklist");
            lines.getStyleClass().add("checklist");
            for (CheckLine line : checklist.lines()) {
                lines.getChildren().add(wrapped(line.toString(), line.passed() ? "check-passed" : "check-failed"));
            }
            detail.getChildren().add(lines);
        }
        PagePlans plans = model.plansProperty().get();
        if (plans != null) {
            detail.getChildren().addAll(wrapped("How the database finds the page, on the hidden data set: your page"
                    + " query's plan beside the solution's, the lines that differ marked.", "challenge-note"), new PlanPairView(plans));
        }
        hints(challenge);
        if (model.solutionAllowed() && own(challenge).isPresent()) {
            Button solution = new Button("Compare with the solution");
            solution.setId("challengeSolution");
            solution.setOnAction(e -> detail.getChildren().add(SolutionDiff.of(own(challenge).get().textProperty().get(),
                    model.solution(model.className()))));
            detail.getChildren().add(solution);
        }
    }

    private void hints(Challenge challenge) {
        int shown = model.hintsShownProperty().get();
        for (int i = 0; i < shown; i++) {
            detail.getChildren().add(wrapped("Hint " + (i + 1) + " of " + challenge.hints().size() + ": "
                    + challenge.hints().get(i), "challenge-hint"));
        }
        if (shown < challenge.hints().size()) {
            Button hint = new Button(shown == 0 ? "Show a hint" : "Show the next hint");
            hint.setId("challengeHint");
            hint.setOnAction(e -> model.showNextHint());
            detail.getChildren().add(hint);
        }
    }

    /** The learner's level for {@code challenge}, made from its starter, opened in the Run view's editor. */
    private void editStarter(Challenge challenge) {
        Level origin = challenge.starter().from() == null ? null : session.ladder().find(challenge.starter().from()).orElse(null);
        UserLevel level = session.userLevels().named(model.className(), origin, model.starter(model.className()));
        session.userLevels().select(level);
        showRunView.run();
        detail();
    }

    private Optional<UserLevel> own(Challenge challenge) {
        return session.userLevels().named(ChallengeCode.defaultClassName(challenge));
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }
}
