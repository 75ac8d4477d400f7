package dev.ormplayground.ui;

import dev.ormplayground.ui.session.PlaygroundSession;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The error banner (shown only when something went wrong) and the status bar. */
final class MessageBars {

    private MessageBars() {
    }

    /** A red banner with a readable message and a Dismiss button; hidden while there is no error. */
    static HBox errorBanner(PlaygroundSession session) {
        Label message = new Label();
        message.setId("errorMessage");
        message.setWrapText(true);
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(session.errorProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(e -> session.dismissError());

        // A run of the user's that does not stop: the banner says so and offers this.
        Button abandon = new Button("Abandon the run");
        abandon.setId("abandonRun");
        abandon.setMinWidth(Region.USE_PREF_SIZE);
        abandon.setOnAction(e -> session.abandonRun());
        abandon.visibleProperty().bind(session.stuckProperty());
        abandon.managedProperty().bind(abandon.visibleProperty());

        HBox banner = new HBox(message, abandon, dismiss);
        banner.setId("errorBanner");
        banner.getStyleClass().add("error-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.visibleProperty().bind(session.errorProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /**
     * How far the warm-up has got while it runs: a bar of the levels steady out of all and, e.g.,
     * {@code 3 of 8 levels steady · 14 s so far, about 9 s left}. Not an animation: it changes
     * only when the warm-up reports, once a second at most.
     */
    private static HBox warmUp(PlaygroundSession session) {
        ProgressBar bar = new ProgressBar(0);
        bar.setId("warmUpProgress");
        Label text = new Label();
        text.setId("warmUpText");
        text.getStyleClass().add("warm-up-text");
        text.setMinWidth(Region.USE_PREF_SIZE);
        session.warmUpProgressProperty().addListener((obs, old, now) -> {
            if (now != null) {
                bar.setProgress(now.fraction());
                text.setText(now.describe().replaceFirst("^Warming up: ", ""));
            }
        });
        Label caption = new Label("Warm-up");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(caption, bar, text);
        box.setId("warmUp");
        box.getStyleClass().add("warm-up");
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(session.warmingUpProperty().and(session.warmUpProgressProperty().isNotNull()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** What just happened on the left, the warm-up's progress while it runs, the active data set on the right. */
    static HBox statusBar(PlaygroundSession session) {
        Label status = new Label();
        status.setId("status");
        status.setMinWidth(0);
        status.textProperty().bind(session.statusProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);

        Label dataSet = new Label();
        dataSet.setId("dataSetSummary");
        dataSet.getStyleClass().add("data-set-summary");
        dataSet.setMinWidth(Region.USE_PREF_SIZE);
        dataSet.textProperty().bind(session.dataSetSummaryProperty());

        HBox warmUp = warmUp(session);
        // The warm-up's progress takes the summary's place while it lasts: at 200% both do not fit.
        dataSet.visibleProperty().bind(warmUp.visibleProperty().not());
        dataSet.managedProperty().bind(dataSet.visibleProperty());
        HBox bar = new HBox(status, warmUp, dataSet);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
