package dev.ormplayground.ui.compare;

import dev.ormplayground.bench.BenchSettings;
import dev.ormplayground.export.ExportFooter;
import dev.ormplayground.render.ComparisonView;
import dev.ormplayground.render.Snapshots;
import dev.ormplayground.ui.common.FitPane;
import dev.ormplayground.ui.common.RunsField;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.session.measure.ComparisonModel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Compare view: one button measures the whole ladder (warm-up runs, then the chosen number
 * of measured runs per level) with a progress bar and Cancel; then the comparison shows, the
 * very view that {@code comparison.png} is made of: a table of every level's figures and bars
 * in the levels' colours, latency on a linear or a log scale.
 */
public final class ComparePane extends VBox {


    private final FitPane body = new FitPane(ComparisonView.WIDTH, 620);
    private final CheckBox logScale = new CheckBox("log scale latency");
    private static final String IDLE = "No comparison yet. Compare all levels runs each level "
            + BenchSettings.DEFAULT_WARMUP_RUNS + " times to warm up, then the measured runs, on the current data set,"
            + " page size and connection; the table and the charts appear here.";

    private final Label placeholder = new Label(IDLE);
    private ComparisonView view;

    public ComparePane(PlaygroundSession session) {
        setId("comparePane");
        getStyleClass().addAll("panel", "compare-pane");
        ComparisonModel model = session.comparison();

        Label title = new Label("COMPARE ALL LEVELS");
        title.getStyleClass().add("panel-title");
        RunsField runs = new RunsField("compareRuns", BenchSettings.DEFAULT_MEASURED_RUNS);
        runs.disableProperty().bind(model.comparingProperty());
        Button compare = new Button("▶ Compare all levels");
        compare.setId("compareButton");
        compare.getStyleClass().add("run-button");
        compare.setTooltip(new Tooltip("Measure every level on the current data set, page size and connection"));
        compare.disableProperty().bind(session.readyProperty().not().or(session.jobProperty().isNotNull())
                .or(runs.valueProperty().isNull()));
        compare.setOnAction(e -> session.compare(runs.valueProperty().get()));

        ProgressBar progress = new ProgressBar();
        progress.setId("compareProgress");
        progress.progressProperty().bind(model.progressProperty());
        Label progressText = new Label();
        progressText.setId("compareProgressText");
        progressText.getStyleClass().add("panel-note");
        progressText.textProperty().bind(model.progressTextProperty());
        Button cancel = new Button("■ Cancel");
        cancel.setId("compareCancel");
        cancel.setTooltip(new Tooltip("Stop the comparison (Esc)"));
        cancel.setOnAction(e -> session.cancel());
        for (Region region : new Region[] {progress, progressText, cancel}) {
            region.visibleProperty().bind(model.comparingProperty());
            region.managedProperty().bind(model.comparingProperty());
        }

        logScale.setId("compareLogScale");
        logScale.setTooltip(new Tooltip("Latency bars on a log scale: a 0.02 ms cache hit and a 50 ms N+1 both show"));
        logScale.selectedProperty().addListener((obs, was, log) -> show(model.lastProperty().get()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, compare, runs, progress, progressText, cancel, spacer, logScale);
        header.getStyleClass().addAll("panel-header", "compare-header");
        header.setAlignment(Pos.CENTER_LEFT);
        for (Region region : new Region[] {title, compare, cancel, logScale}) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }

        placeholder.setId("comparePlaceholder");
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(Double.MAX_VALUE);
        body.getStylesheets().add(Snapshots.STYLESHEET);
        body.getStyleClass().add("comparison-body");
        StackPane content = new StackPane(placeholder, body);
        VBox.setVgrow(content, Priority.ALWAYS);
        getChildren().addAll(header, content);

        model.lastProperty().addListener((obs, old, comparison) -> show(comparison));
        model.comparingProperty().addListener((obs, was, comparing) -> placeholder.setText(comparing
                ? "Measuring every level… the table and the charts appear when the last one is done."
                : IDLE));
        show(null);
    }

    private void show(ComparisonModel.Comparison comparison) {
        placeholder.setVisible(comparison == null);
        if (comparison == null) {
            body.setContent(null);
            view = null;
            return;
        }
        view = new ComparisonView(comparison.report(), ExportFooter.of(comparison.report()), logScale.isSelected());
        view.setId("comparisonView");
        body.setContent(view);
    }

    /** Whether the latency bars are on a log scale; the exported picture follows it. */
    public boolean logScale() {
        return logScale.isSelected();
    }

    /** The comparison shown, or null before the first one. */
    public ComparisonView view() {
        return view;
    }
}
