package dev.ormplayground.ui.challenge;

import dev.ormplayground.challenge.isolated.CheckedRun;
import dev.ormplayground.engine.PagePlans;
import dev.ormplayground.render.PlanPairView;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The learner's last check as runs: on each data set its statements, rows and time, and each
 * statement's SQL with the line of their file that sent it (a click goes there); then, for a
 * challenge about the plan, the page query's plan beside the solution's.
 */
final class LastRunView extends ScrollPane {

    private final VBox content = new VBox();
    private final IntConsumer goToLine;

    LastRunView(IntConsumer goToLine) {
        this.goToLine = goToLine;
        setId("challengeLastRun");
        setFitToWidth(true);
        getStyleClass().add("challenge-scroll");
        content.getStyleClass().add("challenge-last-run");
        setContent(content);
        show(List.of(), null);
    }

    void show(List<CheckedRun> runs, PagePlans plans) {
        content.getChildren().clear();
        if (runs.isEmpty()) {
            content.getChildren().add(Texts.wrapped("Check your level (Ctrl+Enter): its statements on each data set"
                    + " show here, each with the line of your file that sent it.", "challenge-note"));
            return;
        }
        for (CheckedRun run : runs) {
            content.getChildren().add(Texts.wrapped(String.format(Locale.ROOT, "%s: %d statements, %,d rows read, %.1f ms%s",
                    capitalized(run.where()), run.statements(), run.rowsRead(), run.millis(),
                    run.correct() ? "" : ", not the same feed as naive"), "run-heading"));
            VBox statements = new VBox();
            statements.getStyleClass().add("run-statements");
            int n = 1;
            for (CheckedRun.Statement statement : run.sql()) {
                statements.getChildren().add(statement(n++, statement));
            }
            content.getChildren().add(statements);
        }
        content.getChildren().add(Texts.wrapped("Times are from the check's own JVM, which compiles little and is not"
                + " warm: a figure to see, not to compare. The Run view measures warm figures.", "challenge-note"));
        if (plans != null) {
            content.getChildren().addAll(Texts.wrapped("How the database finds the page, on the hidden data set: your"
                    + " page query's plan beside the solution's, the lines that differ marked.", "challenge-note"),
                    new PlanPairView(plans));
        }
    }

    private HBox statement(int n, CheckedRun.Statement statement) {
        Label number = new Label(n + ".");
        number.getStyleClass().add("statement-number");
        number.setMinWidth(Label.USE_PREF_SIZE);
        Label sql = new Label(statement.sql() + "   (" + statement.rowsRead() + (statement.rowsRead() == 1 ? " row)" : " rows)"));
        sql.getStyleClass().add("statement-sql");
        sql.setWrapText(true);
        sql.setMinHeight(Label.USE_PREF_SIZE);
        HBox row = new HBox(number);
        row.getStyleClass().add("run-statement");
        if (statement.line() > 0) {
            Hyperlink line = new Hyperlink("line " + statement.line());
            line.getStyleClass().add("statement-line");
            line.setMinWidth(Hyperlink.USE_PREF_SIZE);
            line.setOnAction(e -> goToLine.accept(statement.line()));
            row.getChildren().add(line);
        }
        row.getChildren().add(sql);
        return row;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
