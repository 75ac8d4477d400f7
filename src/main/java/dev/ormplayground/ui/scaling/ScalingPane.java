package dev.ormplayground.ui.scaling;

import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.format.Words;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.render.LevelColors;
import dev.ormplayground.ui.common.RunsField;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.session.measure.ScalingModel;
import dev.ormplayground.ui.work.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Scaling view: the sizes and levels to sweep on the left, the log-log chart on the right.
 * The sweep loads, measures and drops one generated data set at a time on the run thread, in H2
 * whichever database the window uses, and says so ({@link SweepDatabase}); the window stays
 * responsive (the elapsed time keeps counting) and Cancel stops it.
 */
public final class ScalingPane extends HBox {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ScalingChart chart = new ScalingChart();
    private final TextField sizes = new TextField(ScalingModel.DEFAULT_SIZES.stream().map(String::valueOf)
            .collect(Collectors.joining(", ")));
    private final Label sizesNote = new Label();
    private final SimpleObjectProperty<List<Integer>> parsedSizes = new SimpleObjectProperty<>();
    private final List<CheckBox> levels = new ArrayList<>();
    private final SimpleObjectProperty<List<String>> chosenLevels = new SimpleObjectProperty<>(List.of());

    public ScalingPane(PlaygroundSession session) {
        setId("scalingPane");
        getStyleClass().add("scaling-pane");
        ScalingModel model = session.scaling();

        Label title = new Label("SCALING SWEEP");
        title.getStyleClass().add("panel-title");
        Label about = new Label();
        about.setId("sweepDatabase");
        about.textProperty().bind(Bindings.createStringBinding(
                () -> SweepDatabase.about(session.databaseProperty().get()), session.databaseProperty()));
        about.getStyleClass().add("panel-note");
        about.setWrapText(true);

        sizes.setId("sweepSizes");
        sizes.setTooltip(new Tooltip("Numbers of posts, separated by commas or spaces; 10k = 10,000"));
        sizesNote.setId("sweepSizesNote");
        sizesNote.setWrapText(true);
        sizes.textProperty().addListener((obs, old, text) -> checkSizes(text));
        checkSizes(sizes.getText());

        VBox levelBoxes = new VBox();
        levelBoxes.getStyleClass().add("sweep-levels");
        for (Level level : session.ladder().levels()) {
            CheckBox box = new CheckBox(level.number() + " " + level.id());
            box.setId("sweepLevel-" + level.id());
            box.setUserData(level);
            box.setSelected(ScalingModel.DEFAULT_LEVELS.contains(level.id()));
            Label dot = new Label();
            dot.getStyleClass().addAll("level-dot", LevelColors.styleClass(level));
            box.setGraphic(dot);
            box.selectedProperty().addListener((obs, was, now) -> chosenLevels.set(chosen()));
            levels.add(box);
            levelBoxes.getChildren().add(box);
        }
        chosenLevels.set(chosen());
        Label naiveHint = new Label("naive on 100,000 posts takes minutes: it is off unless you tick it.");
        naiveHint.getStyleClass().add("panel-note");
        naiveHint.setWrapText(true);

        RunsField runs = new RunsField("sweepRuns", BenchSettings.DEFAULT_MEASURED_RUNS);
        runs.setMinWidth(0);
        Button start = new Button("▶ Run sweep");
        start.setId("sweepButton");
        start.getStyleClass().add("run-button");
        start.disableProperty().bind(session.jobProperty().isNotNull().or(parsedSizes.isNull())
                .or(runs.valueProperty().isNull()).or(Bindings.createBooleanBinding(
                        () -> chosenLevels.get().isEmpty(), chosenLevels)));
        start.setOnAction(e -> session.sweep(parsedSizes.get(), chosenLevels.get(), runs.valueProperty().get()));
        Button cancel = new Button("■ Cancel");
        cancel.setId("sweepCancel");
        cancel.setTooltip(new Tooltip("Stop the sweep (Esc)"));
        cancel.disableProperty().bind(model.sweepingProperty().not());
        cancel.setOnAction(e -> session.cancel());

        ProgressBar progress = new ProgressBar();
        progress.setId("sweepProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS); // the sweep reports per data set only
        Label progressText = new Label();
        progressText.setId("sweepProgressText");
        progressText.getStyleClass().add("panel-note");
        progressText.setWrapText(true);
        Label elapsed = new Label();
        elapsed.setId("sweepElapsed");
        elapsed.getStyleClass().add("panel-note");
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(0.5),
                e -> elapsed.setText("running for " + Messages.elapsedSince(model.startNanos()))));
        clock.setCycleCount(Timeline.INDEFINITE);
        model.sweepingProperty().addListener((obs, was, now) -> {
            if (now) {
                elapsed.setText("running for 0 s");
                clock.play();
            } else {
                clock.stop();
            }
        });
        progressText.textProperty().bind(model.progressTextProperty());
        VBox running = new VBox(progress, progressText, elapsed);
        running.getStyleClass().add("sweep-progress");
        running.visibleProperty().bind(model.sweepingProperty());
        running.managedProperty().bind(model.sweepingProperty());

        for (Region input : new Region[] {sizes, levelBoxes, runs}) {
            input.disableProperty().bind(model.sweepingProperty()); // the sweep in progress keeps its settings
        }
        HBox buttons = new HBox(start, cancel);
        buttons.getStyleClass().add("button-row");
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox settings = new VBox(title, about, caption("Sizes (posts)"), sizes, sizesNote, caption("Levels"),
                levelBoxes, naiveHint, runs, buttons, running);
        settings.setId("sweepSettings");
        settings.getStyleClass().addAll("panel", "sweep-settings");
        settings.setMinHeight(Region.USE_PREF_SIZE); // scrolls rather than squeezing its text
        ScrollPane scroll = new ScrollPane(settings); // with a big font on a small screen nothing is cut
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("sweep-scroll");
        HBox.setHgrow(chart, Priority.ALWAYS);
        getChildren().addAll(scroll, chart);

        model.lastProperty().addListener((obs, old, sweep) -> chart.show(sweep, session.ladder().levels()));
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-caption");
        return label;
    }

    private void checkSizes(String text) {
        try {
            List<Integer> parsed = SweepSizes.parse(text);
            parsedSizes.set(parsed);
            sizesNote.setText(Words.count(parsed.size(), "size", "sizes") + ": "
                    + SweepSizes.describe(parsed));
        } catch (IllegalArgumentException e) {
            parsedSizes.set(null);
            sizesNote.setText(e.getMessage());
        }
        boolean bad = parsedSizes.get() == null;
        sizes.pseudoClassStateChanged(INVALID, bad);
        sizesNote.getStyleClass().setAll("label", bad ? "field-problem" : "panel-note");
    }

    private List<String> chosen() {
        return levels.stream().filter(CheckBox::isSelected).map(box -> ((Level) box.getUserData()).id()).toList();
    }

    public ScalingChart chart() {
        return chart;
    }
}
