package dev.ormplayground.ui.console;

import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.capture.SqlFormatter;
import dev.ormplayground.format.Millis;
import dev.ormplayground.format.Words;
import dev.ormplayground.play.ConsoleResult;
import dev.ormplayground.ui.code.CodeHighlighter;
import dev.ormplayground.ui.sql.StatementDetail;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * What reached the database for a console query: every statement, formatted and with its values,
 * in one tab; H2's plan of the first (EXPLAIN ANALYZE) in the other.
 */
final class ConsoleDetail extends TabPane {

    private final CodeArea sql = StatementDetail.area("consoleSqlText");
    private final CodeArea plan = StatementDetail.area("consolePlanText");
    private final Tab sqlTab = new Tab("SQL");

    ConsoleDetail() {
        setId("consoleDetail");
        getStyleClass().addAll("statement-detail", "console-detail");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        sqlTab.setId("consoleSqlTab");
        sqlTab.setContent(new VirtualizedScrollPane<>(sql));
        Tab planTab = new Tab("Plan", new VirtualizedScrollPane<>(plan));
        planTab.setId("consolePlanTab");
        planTab.setTooltip(new Tooltip("H2's EXPLAIN ANALYZE of the first statement"));
        getTabs().addAll(sqlTab, planTab);
        show(null);
    }

    void show(ConsoleResult result) {
        List<CapturedStatement> statements = result == null ? List.of() : result.statements();
        sqlTab.setText(result == null ? "SQL" : "SQL (" + Words.count(statements.size(), "statement", "statements") + ")");
        write(sql, result == null ? "-- The SQL that reaches the database shows here, statement by statement."
                : statements.isEmpty() ? "-- No statement reached the database." + (result.refused()
                        ? " The write was refused before it was sent." : "")
                : statementsText(statements), CodeHighlighter.SQL);
        write(plan, result == null || result.plan() == null ? "-- The database's plan of the first statement shows here."
                : "-- H2's plan of statement 1, which EXPLAIN ANALYZE ran again: scanCount = rows each step read.\n\n"
                + result.plan(), CodeHighlighter.PLAN);
    }

    private static String statementsText(List<CapturedStatement> statements) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            CapturedStatement statement = statements.get(i);
            text.append(String.format(Locale.ROOT, "-- statement %d of %d · %s · %s%n", i + 1, statements.size(),
                    Millis.text(statement.elapsedNanos() / 1_000_000.0),
                    Words.count(statement.rowsRead(), "row read", "rows read")));
            text.append(SqlFormatter.format(statement.sqlWithValues())).append("\n\n");
        }
        return text.toString().strip();
    }

    private static void write(CodeArea area, String text, CodeHighlighter highlighter) {
        area.replaceText(text);
        area.setStyleSpans(0, highlighter.highlight(area.getText()));
        area.moveTo(0);
        area.requestFollowCaret();
    }
}
