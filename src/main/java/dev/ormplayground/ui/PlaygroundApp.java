package dev.ormplayground.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop window (stub until the window lands). */
public final class PlaygroundApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("ORM Playground");
        stage.setScene(new Scene(new Label("ORM Playground"), 1280, 720));
        stage.show();
    }
}
