package dev.ormplayground.ui;

import dev.ormplayground.ui.session.PlaygroundSession;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

    /** What just happened on the left, the active data set on the right. */
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

        HBox bar = new HBox(status, dataSet);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
