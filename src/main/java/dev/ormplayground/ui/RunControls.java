package dev.ormplayground.ui;

import dev.ormplayground.ui.common.FontScale;
import dev.ormplayground.ui.common.PageSizeField;
import dev.ormplayground.ui.common.WideOnly;
import dev.ormplayground.run.FeedRunner;
import dev.ormplayground.ui.session.PlaygroundSession;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The tool bar: Run once, Live, Stop, page size, data set, and the font size for the room. */
final class RunControls extends HBox {

    RunControls(PlaygroundSession session, FontScale fontScale) {
        setId("runControls");
        getStyleClass().add("run-controls");
        setAlignment(Pos.CENTER_LEFT);

        Label title = new Label("ORM Playground");
        title.getStyleClass().add("app-title");

        Button run = new Button("▶ Run once");
        run.setId("runButton");
        run.getStyleClass().add("run-button");
        run.setTooltip(new Tooltip("Run the selected level once (Enter or Space)"));
        run.disableProperty().bind(session.readyProperty().not()
                .or(session.runningProperty()).or(session.liveProperty()).or(session.jobProperty().isNotNull()));
        run.setOnAction(e -> session.runOnce());

        ToggleButton live = new ToggleButton("● Live");
        live.setId("liveToggle");
        live.getStyleClass().add("live-toggle");
        live.setTooltip(new Tooltip("Run the selected level again and again until stopped (L)"));
        live.selectedProperty().bindBidirectional(session.liveProperty());
        live.disableProperty().bind(session.readyProperty().not().or(session.jobProperty().isNotNull()));

        Button cold = new Button("❄ Cold");
        cold.setId("coldRunButton");
        cold.setMinWidth(Region.USE_PREF_SIZE); // a word of four letters, never an ellipsis
        cold.setTooltip(new Tooltip("Empty this level's cache (the article's, or Hibernate's second-level and query"
                + " caches) and run it once: its miss"));
        BooleanBinding cached = Bindings.createBooleanBinding(() -> session.selectedLevelProperty().get() != null
                && FeedRunner.hasCache(session.selectedLevelProperty().get()), session.selectedLevelProperty());
        cold.disableProperty().bind(run.disableProperty());
        cold.visibleProperty().bind(cached); // only for a level that keeps a cache
        cold.managedProperty().bind(cached);
        cold.setOnAction(e -> session.runCold());

        Button stop = new Button("■ Stop");
        stop.setId("stopButton");
        stop.setTooltip(new Tooltip("Stop Live, drop the run in progress, cancel a comparison, a sweep or a load (Esc)"));
        stop.disableProperty().bind(Bindings.not(session.runningProperty().or(session.liveProperty())
                .or(session.loadingProperty()).or(session.jobProperty().isNotNull())));
        stop.setOnAction(e -> session.cancel());

        Label pageLabel = new Label("Page size");
        pageLabel.getStyleClass().add("control-label");
        PageSizeField pageSize = new PageSizeField(session.pageSizeProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label keys = new Label(ShortcutsOverlay.strip(session.ladder().levels().size()));
        keys.getStyleClass().add("key-hint");
        keys.setMinWidth(0);

        Button smaller = new Button("A−");
        smaller.setTooltip(new Tooltip("Smaller text (Ctrl -)"));
        smaller.setOnAction(e -> fontScale.smaller());
        Button bigger = new Button("A+");
        bigger.setTooltip(new Tooltip("Bigger text for the back of the room (Ctrl +)"));
        bigger.setOnAction(e -> fontScale.bigger());
        for (Region control : new Region[] {run, live, stop, pageLabel, pageSize, smaller, bigger, title}) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }

        WideOnly.mark(title, keys); // ? still lists the keys
        getChildren().addAll(title, run, cold, live, stop, pageLabel, pageSize, new DataSetChooser(session),
                spacer, keys, smaller, bigger);
    }
}
