package dev.ormplayground.ui.challenge;

import dev.ormplayground.challenge.Challenge;
import dev.ormplayground.challenge.ChallengeCode;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.play.CompileProblem;
import dev.ormplayground.ui.code.WorkEditor;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.session.UserLevel;
import dev.ormplayground.ui.session.challenge.ChallengeCheckRun;
import dev.ormplayground.ui.session.challenge.ChallengesModel;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The working place's right side: Check (Ctrl+Enter) and Cancel, what the check does, the
 * learner's name and the files menu; under them the learner's code in an editor, their last
 * check's runs one tab away, and the solution against their code once allowed.
 */
final class ChallengeWorkbench extends VBox {

    private final PlaygroundSession session;
    private final ChallengesModel model;
    private final WorkEditor editor;
    private final TabPane tabs = new TabPane();
    private final Tab codeTab = new Tab("Your code");
    private final Tab runTab = new Tab("Last run");
    private final Tab solutionTab = new Tab("Solution");
    private final LastRunView lastRun;
    private final Label status = new Label();
    private Challenge shown;
    private boolean showing;

    ChallengeWorkbench(PlaygroundSession session, ChallengesModel model) {
        this.session = session;
        this.model = model;
        getStyleClass().addAll("panel", "challenge-workbench");
        editor = new WorkEditor(this::check, this::edited);
        lastRun = new LastRunView(line -> {
            tabs.getSelectionModel().select(codeTab);
            editor.goTo(line);
        });
        ChallengeCheckRun check = model.checkRun();

        Button checkButton = new Button("Check");
        checkButton.setId("challengeCheck");
        checkButton.getStyleClass().add("run-user-level");
        checkButton.setTooltip(new Tooltip("Run your level in a JVM of its own, on the sample data and on a hidden"
                + " data set, and judge each condition (Ctrl+Enter)"));
        checkButton.setMinWidth(Region.USE_PREF_SIZE);
        checkButton.setOnAction(e -> check());
        checkButton.disableProperty().bind(check.checkingProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("challengeCancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> check.cancel());
        cancel.visibleProperty().bind(check.checkingProperty());
        cancel.managedProperty().bind(check.checkingProperty());
        status.setId("challengeStatus");
        status.getStyleClass().add("challenge-status");
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinWidth(0);
        HBox.setHgrow(status, Priority.ALWAYS);
        TextField learner = new TextField();
        learner.setId("challengeLearner");
        learner.setPromptText("your name");
        learner.setFocusTraversable(false); // the code takes the keys first, not the name
        learner.setPrefColumnCount(9);
        learner.textProperty().bindBidirectional(model.learnerProperty());
        learner.setTooltip(new Tooltip("The name your result files carry, for your instructor's report"));
        Label whose = new Label("Learner");
        whose.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(checkButton, cancel, status, whose, learner, new WorkFiles(model, editor, status::setText).menu());
        bar.getStyleClass().add("challenge-bar");

        codeTab.setContent(editor.node());
        runTab.setContent(lastRun);
        for (Tab tab : List.of(codeTab, runTab, solutionTab)) {
            tab.setClosable(false);
        }
        codeTab.setId("challengeCodeTab");
        runTab.setId("challengeRunTab");
        tabs.getTabs().addAll(codeTab, runTab);
        tabs.getStyleClass().add("challenge-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(bar, tabs);

        check.statusProperty().addListener((obs, old, now) -> status.setText(now));
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(status.textProperty());
        status.setTooltip(whole); // the whole sentence, when a big font cuts it
        check.runsProperty().addListener((obs, old, now) -> lastRun.show(now, check.plansProperty().get()));
        check.plansProperty().addListener((obs, old, now) -> lastRun.show(check.runsProperty().get(), now));
        check.problems().addListener((ListChangeListener<CompileProblem>) change -> {
            editor.problems(List.copyOf(check.problems()));
            if (!check.problems().isEmpty()) {
                tabs.getSelectionModel().select(codeTab);
                editor.goTo(check.problems().get(0).line());
            }
        });
        model.fileWatch().watchedProperty().addListener((obs, old, file) -> status.setText(file == null ? ""
                : "Watching " + file.getFileName() + ": each save made in your own editor is checked here."));
        model.fileTextProperty().addListener((obs, old, text) -> {
            if (text != null) {
                editor.replace(text); // an edit: the learner's level follows, and undo goes back
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> showChallenge());
        model.progressVersionProperty().addListener((obs, old, now) -> setDisable(shown == null || !model.open(shown)));
        showChallenge();
    }

    /** The chosen challenge's code: the learner's own level if there is one, else its starter. */
    private void showChallenge() {
        Challenge challenge = model.selectedProperty().get();
        if (challenge == shown) {
            return;
        }
        shown = challenge;
        tabs.getTabs().remove(solutionTab);
        tabs.getSelectionModel().select(codeTab);
        lastRun.show(List.of(), null);
        editor.problems(List.of());
        showing = true;
        String starter = challenge == null ? "" : model.starter(model.className());
        editor.show(own().map(level -> level.textProperty().get()).orElse(starter), starter);
        showing = false;
        setDisable(challenge == null || !model.open(challenge));
    }

    /** A change of the code: kept as the learner's level (made from the starter at the first change), on the Run view's shelf too. */
    private void edited(String text) {
        if (showing || shown == null) {
            return;
        }
        if (own().isPresent() || !text.equals(model.starter(model.className()))) {
            keep(text);
        }
    }

    private void keep(String text) {
        Optional<UserLevel> level = own();
        if (level.isPresent()) {
            level.get().textProperty().set(text);
        } else {
            Level origin = shown.starter().from() == null ? null : session.ladder().find(shown.starter().from()).orElse(null);
            session.userLevels().findOrCreate(model.className(), origin, text);
        }
    }

    /** Checks the code as it is, kept as the learner's level first. */
    private void check() {
        if (shown != null && model.open(shown)) {
            keep(editor.text());
            model.check(model.className(), editor.text());
        }
    }

    /** The solution against the learner's code, in a tab of its own. */
    void showSolution() {
        ScrollPane diff = new ScrollPane(SolutionDiff.of(editor.text(), model.solution(model.className())));
        diff.getStyleClass().add("challenge-scroll");
        solutionTab.setContent(diff);
        if (!tabs.getTabs().contains(solutionTab)) {
            tabs.getTabs().add(solutionTab);
        }
        tabs.getSelectionModel().select(solutionTab);
    }

    /** The text shown in the editor now (a file saved outside replaced it as an edit). */
    WorkEditor editor() {
        return editor;
    }

    private Optional<UserLevel> own() {
        return shown == null ? Optional.empty() : session.userLevels().find(ChallengeCode.defaultClassName(shown));
    }
}
