package dev.ormplayground.ui;

import dev.ormplayground.db.DatabaseChoice;
import dev.ormplayground.ui.common.WideOnly;
import dev.ormplayground.ui.session.PlaygroundSession;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Which database holds the data set, beside the connection controls: the embedded H2, or a
 * PostgreSQL server (its URL, role and password asked in {@link DatabaseDialog}, with a Test).
 * The button names the active one; a switch that fails leaves it as it was.
 */
final class DatabaseControl extends HBox {

    private final MenuButton choice = new MenuButton();

    DatabaseControl(PlaygroundSession session) {
        setId("databaseControl");
        getStyleClass().add("connection-controls");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Database");
        title.getStyleClass().add("control-label");
        title.setMinWidth(Region.USE_PREF_SIZE);
        WideOnly.mark(title);

        MenuItem h2 = new MenuItem("H2, embedded (in memory)");
        h2.setId("databaseH2");
        h2.setOnAction(e -> {
            if (!session.databaseProperty().get().isH2()) {
                session.useDatabase(DatabaseChoice.h2());
            }
        });
        MenuItem postgres = new MenuItem("PostgreSQL server…");
        postgres.setId("databasePostgres");
        postgres.setOnAction(e -> new DatabaseDialog(getScene().getWindow(), session.databaseProperty().get())
                .showAndWait().ifPresent(session::useDatabase));
        choice.getItems().addAll(h2, postgres);
        choice.setId("databaseChoice");
        choice.setMinWidth(Region.USE_PREF_SIZE);
        choice.setFocusTraversable(false);
        getChildren().addAll(title, choice);
        session.databaseProperty().addListener((obs, old, now) -> show(now));
        show(session.databaseProperty().get());
        disableProperty().bind(session.jobProperty().isNotNull().or(session.loadingProperty()));
    }

    private void show(DatabaseChoice database) {
        choice.setText(database.isH2() ? "H2" : "PostgreSQL");
        choice.setTooltip(new Tooltip(database.isH2() ? "The embedded H2 database, in memory: nothing to install"
                : "PostgreSQL at " + database.where() + " as " + database.user()
                + ": the data set lives in schema orm_playground there, dropped when the program ends"));
    }
}
