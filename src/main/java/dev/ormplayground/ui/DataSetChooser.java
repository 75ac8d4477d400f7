package dev.ormplayground.ui;

import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.ui.common.WideOnly;
import dev.ormplayground.ui.session.PlaygroundSession;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Picks the data set: the sample data, or a generated blog of 1k, 10k or 100k posts. Picking
 * one starts loading it, with a progress bar; the choice snaps back to the active data set if
 * the load fails or is cancelled.
 */
final class DataSetChooser extends HBox {

    static final List<DataSetSpec> CHOICES = List.of(
            DataSetSpec.sample(),
            DataSetSpec.generated(1_000),
            DataSetSpec.generated(10_000),
            DataSetSpec.generated(100_000));

    private final ComboBox<DataSetSpec> choice = new ComboBox<>();
    private boolean syncing;

    DataSetChooser(PlaygroundSession session) {
        getStyleClass().add("data-set-chooser");
        setAlignment(Pos.CENTER_LEFT);

        Label label = new Label("Data");
        label.getStyleClass().add("control-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        choice.getStyleClass().add("data-set-choice"); // may narrow, down to a minimum, on a crowded tool bar
        choice.setId("dataSetChoice");
        choice.getItems().setAll(CHOICES);
        choice.setCellFactory(list -> new SpecCell());
        choice.setButtonCell(new SpecCell());
        choice.disableProperty().bind(session.loadingProperty());
        choice.valueProperty().addListener((obs, old, spec) -> {
            if (!syncing && spec != null && !spec.equals(session.dataSetProperty().get())) {
                session.load(spec);
            }
        });

        ProgressBar progress = new ProgressBar();
        progress.setId("loadProgress");
        progress.progressProperty().bind(session.loadProgressProperty());
        progress.visibleProperty().bind(session.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        session.dataSetProperty().addListener((obs, old, active) -> showActive(active));
        session.loadingProperty().addListener((obs, was, isLoading) -> {
            if (!isLoading) {
                showActive(session.dataSetProperty().get());
            }
        });
        showActive(DataSetSpec.sample());
        WideOnly.mark(label);
        getChildren().addAll(label, choice, progress);
    }

    private void showActive(DataSetSpec active) {
        if (active == null) {
            return;
        }
        syncing = true;
        try {
            choice.setValue(CHOICES.contains(active) ? active : null);
        } finally {
            syncing = false;
        }
    }

    static String name(DataSetSpec spec) {
        return spec.isGenerated()
                ? String.format(Locale.ROOT, "generated, %,d posts", spec.generatedPosts())
                : spec.folder().equals(DataSetSpec.SAMPLE_DATA) ? "sample data (" + spec.label() + ")"
                : "CSV folder (" + spec.folder() + ")";
    }

    private static final class SpecCell extends ListCell<DataSetSpec> {
        @Override
        protected void updateItem(DataSetSpec spec, boolean empty) {
            super.updateItem(spec, empty);
            setText(empty || spec == null ? null : name(spec));
        }
    }
}
