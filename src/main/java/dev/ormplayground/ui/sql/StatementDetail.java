package dev.ormplayground.ui.sql;

import dev.ormplayground.capture.SqlFormatter;
import dev.ormplayground.db.NetworkMode;
import dev.ormplayground.format.Millis;
import dev.ormplayground.format.Words;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.levels.IndexedFeed;
import dev.ormplayground.run.NPlusOneHint;
import dev.ormplayground.run.plan.PlanSummary;
import dev.ormplayground.ui.code.CodeHighlighter;
import dev.ormplayground.ui.work.PlanSource;
import dev.ormplayground.ui.work.RunView;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * The selected statement in full, in two tabs: its SQL, formatted and with its bound values;
 * and its plan, which H2 explains on request (EXPLAIN ANALYZE, on the run thread) with the
 * indexes of the level that ran it, so slim-columns' table scans and indexed's index lookups
 * can be put side by side.
 */
public final class StatementDetail extends TabPane {

    private record Key(RunView view, int statement) {
    }

    private final PlanSource plans;
    private final CodeArea sql = area("sqlDetail");
    private final CodeArea plan = area("planDetail");
    private final Label verdict = new Label();
    private final Label context = new Label();
    private final Tab planTab = new Tab("Plan"); // EXPLAIN ANALYZE for a read; a write is only explained
    private final PlanPairTab pairTab;
    private final Map<Key, String> explained = new HashMap<>();
    private final FixHintBox hint;
    private RunView view;
    private SqlRow row;

    /** {@code goToLevel} switches the window to the level of a given id: a fix hint's link. */
    StatementDetail(PlanSource plans, Consumer<String> goToLevel) {
        this.plans = plans;
        this.pairTab = new PlanPairTab(plans);
        this.hint = new FixHintBox(goToLevel);
        setId("statementDetail");
        getStyleClass().add("statement-detail");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        VirtualizedScrollPane<CodeArea> sqlScroll = new VirtualizedScrollPane<>(sql);
        VBox.setVgrow(sqlScroll, Priority.ALWAYS);
        Tab sqlTab = new Tab("SQL with values", new VBox(hint, sqlScroll));
        sqlTab.setId("sqlTab");
        verdict.setId("planVerdict");
        verdict.getStyleClass().add("plan-verdict");
        verdict.setMaxWidth(Double.MAX_VALUE);
        verdict.setAlignment(Pos.CENTER_LEFT);
        context.setId("planContext");
        context.getStyleClass().add("plan-context");
        context.setWrapText(true);
        context.setMinHeight(Region.USE_PREF_SIZE);
        VirtualizedScrollPane<CodeArea> planScroll = new VirtualizedScrollPane<>(plan);
        VBox.setVgrow(planScroll, Priority.ALWAYS);
        planTab.setContent(new VBox(verdict, context, planScroll));
        planTab.setId("planTab");
        getTabs().addAll(sqlTab, planTab, pairTab);
        planTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                showPlan();
            }
        });
    }

    /** A read-only, wrapping code area for SQL or a plan, as the statement detail and the console show them. */
    public static CodeArea area(String id) {
        CodeArea area = new CodeArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("sql-detail");
        return area;
    }

    /** Shows a statement (or a shape) of a run; {@code row} null when none is selected. */
    void show(RunView run, SqlRow selected, boolean byShape) {
        if (run != view) {
            explained.clear(); // plans belong to one run
        }
        view = run;
        row = selected;
        pairTab.show(run);
        if (row == null) {
            write(sql, view != null && view.result().queries() == 0
                    ? "-- No statement reached the database: the feed came from the cache." : "", CodeHighlighter.SQL);
        } else {
            String header = String.format(Locale.ROOT, "-- %s %s · shape S%d ran %d× %s· %s · %s%n",
                    byShape ? "shape" : "statement", row.position(), row.shape(), row.shapeCount(),
                    row.nPlusOne() ? "(N+1: once per feed item) " : "", Millis.text(row.millis()),
                    Words.count(row.rows(), "row", "rows"));
            write(sql, header + SqlFormatter.format(row.sql()), CodeHighlighter.SQL);
        }
        hint.show(row == null || view == null ? Optional.empty()
                : NPlusOneHint.of(view.groupOf(row.statement()), view.sourceOf(row.statement())));
        if (planTab.isSelected()) {
            showPlan();
        }
    }

    private void showPlan() {
        if (view == null || row == null) {
            showVerdict(null);
            context.setText("");
            write(plan, "-- Select a statement to see how the database runs it.", CodeHighlighter.PLAN);
            return;
        }
        context.setText(context(true));
        Key key = new Key(view, row.statement());
        String known = explained.get(key);
        if (known != null) {
            showPlanText(known);
            return;
        }
        showVerdict(null);
        write(plan, "-- Asking " + (postgres() ? "PostgreSQL" : "H2") + " for the plan…", CodeHighlighter.PLAN);
        plans.plan(view, row.statement(), text -> {
            explained.put(key, text);
            if (key.equals(new Key(view, row == null ? -1 : row.statement()))) {
                showPlanText(text);
            }
        }, why -> {
            if (key.equals(new Key(view, row == null ? -1 : row.statement()))) {
                showVerdict(null);
                write(plan, "-- No plan: " + why, CodeHighlighter.PLAN);
            }
        });
    }

    private void showPlanText(String text) {
        boolean executed = PlanWords.executed(text);
        context.setText(context(executed));
        showVerdict(PlanSummary.of(text));
        // H2 lists the selected columns one per line; how the tables are read starts at FROM.
        List<String> lines = text.lines().toList();
        int from = lines.indexOf(lines.stream().filter(line -> line.strip().startsWith("FROM ")).findFirst().orElse(""));
        write(plan, text + "\n\n" + PlanWords.footnote(postgres(), executed), CodeHighlighter.PLAN);
        if (from > 1) {
            plan.moveTo(from - 1, 0);
            plan.showParagraphAtTop(from - 1);
        }
    }

    /** Whether the run went to a PostgreSQL server: its plans read differently from H2's. */
    private boolean postgres() {
        return view != null && view.result().connection().network() == NetworkMode.SERVER;
    }

    /** Says which statement, with which values and on which indexes the plan is, and whether it was run to be explained. */
    private String context(boolean executed) {
        Level level = view.level();
        // The indexes it ran with: on PostgreSQL the article's own posts index takes H2's place.
        List<String> indexes = PlanSummary.indexNames(postgres() ? IndexedFeed.onPostgres(level.indexes()) : level.indexes());
        return String.format(Locale.ROOT, "Statement %d%s as it ran, with its values, explained by %s"
                        + " on the indexes of level %s: %s.", row.statement() + 1,
                row.position().startsWith("S") ? " (the first of shape " + row.position() + ")" : "",
                PlanWords.explainedBy(postgres(), executed), level,
                indexes.isEmpty() ? "primary keys only, no index of its own" : String.join(", ", indexes));
    }

    private void showVerdict(PlanSummary summary) {
        verdict.getStyleClass().removeAll("plan-scan", "plan-indexed");
        verdict.setVisible(summary != null);
        verdict.setManaged(summary != null);
        if (summary != null) {
            verdict.setText(summary.verdict());
            verdict.getStyleClass().add(summary.scansTables() ? "plan-scan" : "plan-indexed");
        }
    }

    private static void write(CodeArea area, String text, CodeHighlighter highlighter) {
        if (area.getText().equals(text)) {
            return; // Live shows the same statement again and again: nothing to lay out or draw
        }
        area.replaceText(text);
        area.setStyleSpans(0, highlighter.highlight(area.getText()));
        area.moveTo(0);
        area.requestFollowCaret();
    }
}
