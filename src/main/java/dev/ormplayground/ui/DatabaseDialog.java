package dev.ormplayground.ui;

import dev.ormplayground.db.DatabaseChoice;
import dev.ormplayground.db.DatabaseProbe;
import dev.ormplayground.ui.work.BackgroundThreads;
import dev.ormplayground.ui.work.Messages;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Asks for a PostgreSQL server: its JDBC URL, role and password, with a Test that connects and
 * says in one line whether the program could work there (off the FX thread). Gives the choice
 * only when the fields make one; the password field starts from {@code PGPASSWORD} if it is set.
 */
final class DatabaseDialog extends Dialog<DatabaseChoice> {

    private static final Executor TESTS = Executors.newSingleThreadExecutor(BackgroundThreads.named("database-test"));
    static final ButtonType CONNECT = new ButtonType("Load the data set there", ButtonBar.ButtonData.OK_DONE);

    private final TextField url = new TextField();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final Label result = new Label();

    DatabaseDialog(Window owner, DatabaseChoice current) {
        initOwner(owner);
        setTitle("PostgreSQL server");
        setHeaderText("Run the ladder on a PostgreSQL server. The program makes a schema of its own there,"
                + " orm_playground, and drops it when it ends; nothing else is touched.");
        url.setId("databaseUrl");
        url.setPromptText("jdbc:postgresql://localhost:5432/mydb");
        url.setPrefColumnCount(32);
        user.setId("databaseUser");
        password.setId("databasePassword");
        if (current.isPostgres()) {
            url.setText(current.url());
            user.setText(current.user());
            password.setText(current.password() == null ? "" : current.password());
        } else {
            url.setText("jdbc:postgresql://localhost:5432/");
            user.setText(System.getProperty("user.name", ""));
            String fromEnvironment = System.getenv("PGPASSWORD");
            password.setText(fromEnvironment == null ? "" : fromEnvironment);
        }
        result.setId("databaseTestResult");
        result.setWrapText(true);
        result.setMaxWidth(560);

        Button test = new Button("Test");
        test.setId("databaseTest");
        test.setOnAction(e -> test(test));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("URL"), url);
        grid.addRow(1, new Label("Role"), user);
        grid.addRow(2, new Label("Password"), password);
        grid.add(test, 1, 3);
        grid.add(result, 0, 4, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(CONNECT, ButtonType.CANCEL);
        getDialogPane().setId("databaseDialog");
        // The fields must make a choice before the dialog closes on it; the load itself says if the server refuses.
        getDialogPane().lookupButton(CONNECT).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                choice();
            } catch (IllegalArgumentException wrong) {
                result.setText(Messages.windowWords(wrong.getMessage()));
                e.consume();
            }
        });
        setResultConverter(button -> button == CONNECT ? choice() : null);
    }

    private DatabaseChoice choice() {
        return DatabaseChoice.postgres(url.getText(), user.getText(), password.getText());
    }

    private void test(Button test) {
        DatabaseChoice choice;
        try {
            choice = choice();
        } catch (IllegalArgumentException wrong) {
            result.setText(Messages.windowWords(wrong.getMessage()));
            return;
        }
        test.setDisable(true);
        result.setText("Connecting to " + choice.where() + "…");
        CompletableFuture.supplyAsync(() -> DatabaseProbe.check(choice), TESTS).whenComplete((ready, failure) ->
                Platform.runLater(() -> {
                    test.setDisable(false);
                    result.setText(failure == null ? "✓ " + ready : "✗ " + Messages.windowWords(Messages.describe(
                            failure.getCause() != null ? failure.getCause() : failure)));
                }));
    }
}
