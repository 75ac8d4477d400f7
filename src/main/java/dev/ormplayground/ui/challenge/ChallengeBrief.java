package dev.ormplayground.ui.challenge;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.CheckLine;
import dev.ormplayground.ui.session.challenge.ChallengeCheckRun;
import dev.ormplayground.ui.session.challenge.ChallengesModel;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The working place's left column: which challenge (passed, open or closed), its goal and why,
 * its hints one at a time, the checklist as the check judges it, and the way to the solution.
 */
final class ChallengeBrief extends VBox {

    private final ChallengesModel model;
    private final Runnable showSolution;
    private final ComboBox<Challenge> chooser = new ComboBox<>();
    private final VBox detail = new VBox();
    private final VBox checklist = new VBox();
    private boolean choosing;

    ChallengeBrief(ChallengesModel model, Runnable showSolution) {
        this.model = model;
        this.showSolution = showSolution;
        getStyleClass().addAll("panel", "challenge-brief");
        chooser.setId("challengeChooser");
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setCellFactory(list -> new ChallengeCell());
        chooser.setButtonCell(new ChallengeCell());
        chooser.valueProperty().addListener((obs, old, now) -> {
            if (!choosing && now != null) {
                model.selectedProperty().set(now);
            }
        });
        CheckBox allOpen = new CheckBox("All open (a workshop)");
        allOpen.setId("challengesAllOpen");
        allOpen.setSelected(model.allOpen());
        allOpen.selectedProperty().addListener((obs, was, open) -> model.openAll(open));
        Button reset = new Button("Reset progress");
        reset.setId("challengesReset");
        reset.setOnAction(e -> model.resetProgress());
        VBox switches = new VBox(allOpen, reset);
        switches.getStyleClass().add("challenge-switches");

        checklist.setId("challengeChecklist");
        checklist.getStyleClass().add("checklist");
        detail.getStyleClass().add("challenge-detail");
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("challenge-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(chooser, scroll, switches);

        ChallengeCheckRun check = model.checkRun();
        model.progressVersionProperty().addListener((obs, old, now) -> choices());
        model.selectedProperty().addListener((obs, old, now) -> choices());
        model.hintsShownProperty().addListener((obs, old, now) -> detail());
        model.noteProperty().addListener((obs, old, now) -> detail());
        check.lines().addListener((ListChangeListener<CheckLine>) change -> lines(check.lines()));
        check.checklistProperty().addListener((obs, old, now) -> detail());
        choices();
    }

    private void choices() {
        choosing = true;
        chooser.getItems().setAll(model.all());
        chooser.setValue(model.selectedProperty().get());
        // A cell shows passed or closed: redraw them when the progress moved.
        chooser.setButtonCell(new ChallengeCell());
        choosing = false;
        detail();
    }

    private void detail() {
        Challenge challenge = model.selectedProperty().get();
        detail.getChildren().clear();
        if (challenge == null) {
            return;
        }
        detail.getChildren().addAll(Texts.wrapped(challenge.title(), "challenge-title"),
                Texts.wrapped(challenge.goal(), "challenge-goal"), Texts.wrapped(challenge.why(), "challenge-why"));
        if (!model.open(challenge)) {
            detail.getChildren().add(Texts.wrapped("Opens when the challenge before it is passed (or tick \"All open\").",
                    "challenge-note"));
            return;
        }
        hints(challenge);
        lines(model.checkRun().lines());
        detail.getChildren().add(checklist);
        if (!model.noteProperty().get().isEmpty()) {
            detail.getChildren().add(Texts.wrapped(model.noteProperty().get(), "challenge-next"));
        }
        if (model.solutionAllowed()) {
            Button solution = new Button("Compare with the solution");
            solution.setId("challengeSolution");
            solution.setOnAction(e -> showSolution.run());
            detail.getChildren().add(solution);
        }
    }

    private void lines(List<CheckLine> judged) {
        checklist.getChildren().clear();
        for (CheckLine line : judged) {
            checklist.getChildren().add(Texts.wrapped(line.toString(), line.passed() ? "check-passed" : "check-failed"));
        }
        checklist.setVisible(!judged.isEmpty());
        checklist.setManaged(!judged.isEmpty());
    }

    private void hints(Challenge challenge) {
        int shown = model.hintsShownProperty().get();
        for (int i = 0; i < shown; i++) {
            detail.getChildren().add(Texts.wrapped("Hint " + (i + 1) + " of " + challenge.hints().size() + ": "
                    + challenge.hints().get(i), "challenge-hint"));
        }
        if (shown < challenge.hints().size()) {
            Button hint = new Button(shown == 0 ? "Show a hint" : "Show the next hint");
            hint.setId("challengeHint");
            hint.setOnAction(e -> model.showNextHint());
            detail.getChildren().add(hint);
        }
    }

    /** A challenge in the chooser: its number and title, passed or still closed. */
    private final class ChallengeCell extends ListCell<Challenge> {
        @Override
        protected void updateItem(Challenge challenge, boolean empty) {
            super.updateItem(challenge, empty);
            getStyleClass().removeAll("passed", "open", "closed");
            if (!getStyleClass().contains("challenge-choice")) {
                getStyleClass().add("challenge-choice");
            }
            if (empty || challenge == null) {
                setText(null);
                return;
            }
            boolean passed = model.passed(challenge);
            boolean open = model.open(challenge);
            setText((model.all().indexOf(challenge) + 1) + "  " + challenge.title() + (passed ? "  \u2713" : open ? "" : "  (closed)"));
            getStyleClass().add(passed ? "passed" : open ? "open" : "closed");
        }
    }
}
