package dev.ormplayground.render;

import dev.ormplayground.bench.LevelMeasurement;
import dev.ormplayground.capture.StatementGroup;
import dev.ormplayground.export.ExportFooter;
import dev.ormplayground.format.Millis;
import dev.ormplayground.format.Words;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ladder.LevelSource;
import dev.ormplayground.run.LineCost;
import dev.ormplayground.run.RunResult;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One level on one slide: its name and the article's tool, its figures, the code that changed
 * since the previous level (changed lines marked) and the SQL it sent, grouped by shape.
 */
public final class LevelCard extends VBox {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 720;
    private static final int CODE_LINES = 24; // what fits 720 px in the bundled mono font
    private static final int SQL_LINES = 22;
    private static final int LINE_CHARS = 96;
    private static final int SQL_CHARS = 52;

    public LevelCard(LevelMeasurement measurement, Level previous, ExportFooter footer) {
        getStyleClass().add("level-card");
        Level level = measurement.level();
        Label badge = new Label(String.valueOf(level.number()));
        badge.getStyleClass().addAll("badge", "card-badge", "level-badge", LevelColors.styleClass(level));
        Label title = new Label(level.title() + "  \u00b7  " + level.articleTool());
        title.getStyleClass().add("title");
        Label mechanism = new Label(level.mechanism());
        mechanism.getStyleClass().add("subtitle");
        HBox heading = new HBox(14, badge, new VBox(2, title, mechanism));

        VBox code = code(level, previous, measurement.lastRun());
        VBox sql = sql(measurement.lastRun());
        code.prefWidthProperty().bind(widthProperty().multiply(0.6));
        sql.prefWidthProperty().bind(widthProperty().multiply(0.4));
        HBox body = new HBox(18, code, sql);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(heading, numbers(measurement), body, new FooterLabel(footer));
        setAccessibleText(PictureSentences.card(measurement));
    }

    private static HBox numbers(LevelMeasurement m) {
        HBox row = new HBox(36,
                number("QUERIES", String.valueOf(m.queries())),
                number("MEDIAN", Millis.text(m.latencyMs().median())),
                number("P95", Millis.text(m.latencyMs().p95())),
                number("ROWS READ", String.format(Locale.ROOT, "%,d", m.rowsRead())),
                number("ALLOCATED", String.format(Locale.ROOT, "%,d KB", m.allocatedKb())),
                number("SAME FEED AS NAIVE", m.correct() ? "\u2713 yes" : "\u2717 no"));
        row.getStyleClass().add("panel");
        return row;
    }

    private static VBox number(String name, String value) {
        Label valueLabel = new Label(value);
        valueLabel.getStyleClass().add("number-value");
        Label nameLabel = new Label(name);
        nameLabel.getStyleClass().add("number-name");
        return new VBox(0, nameLabel, valueLabel);
    }

    /** The level's code around its changes and the lines that sent statements, each of those with its count. */
    private static VBox code(Level level, Level previous, RunResult run) {
        List<String> lines = LineDiff.lines(LevelSource.of(level));
        LineDiff diff = previous == null ? null : LineDiff.between(LevelSource.of(previous), LevelSource.of(level));
        Map<Integer, LineCost> costs = new HashMap<>();
        LineCost.of(run).forEach(cost -> costs.put(cost.source().line() - 1, cost));
        CodeExcerpt excerpt = CodeExcerpt.of(lines, i -> diff != null && diff.isAdded(i) || costs.containsKey(i), CODE_LINES);
        VBox box = panel(previous == null
                ? level.sourceFileName() + ": where the ladder starts"
                : level.sourceFileName() + ": " + Words.count(diff.addedCount(), "line", "lines")
                        + " new or changed since level "
                        + previous.number() + " " + previous.id());
        for (int i = excerpt.first(); i < excerpt.first() + excerpt.count(); i++) {
            Label line = codeLine(String.format(Locale.ROOT, "%3d  %s", i + 1, lines.get(i)));
            if (diff != null && diff.isAdded(i)) {
                line.getStyleClass().add("code-added");
            }
            if (costs.isEmpty()) {
                box.getChildren().add(line);
                continue;
            }
            LineCost cost = costs.get(i);
            Label badge = new Label(cost == null ? "" : cost.badge());
            badge.getStyleClass().add("line-badge");
            if (cost != null && cost.nPlusOne()) {
                badge.getStyleClass().add("line-badge-n-plus-one");
            }
            badge.setVisible(cost != null);
            HBox.setHgrow(line, Priority.ALWAYS);
            box.getChildren().add(new HBox(6, badge, line));
        }
        return box;
    }

    private static VBox sql(RunResult run) {
        List<StatementGroup> groups = StatementGroup.of(run.statements(), run.items().size());
        VBox box = panel(run.queries() == 0 ? "SQL sent: none, the page came from the cache"
                : "SQL sent: " + Words.count(run.queries(), "statement", "statements") + " in "
                        + Words.count(groups.size(), "shape", "shapes"));
        int linesPerGroup = groups.isEmpty() ? 0 : Math.max(2, SQL_LINES / groups.size() - 1);
        for (StatementGroup group : groups) {
            Label count = new Label(String.format(Locale.ROOT, "\u00d7%d  \u00b7  %s  \u00b7  %s",
                    group.count(), Words.count(group.totalRows(), "row", "rows"), Millis.text(group.totalNanos() / 1e6)));
            count.getStyleClass().add("section");
            HBox header = new HBox(8, count);
            if (group.nPlusOne()) {
                Label mark = new Label("N+1");
                mark.getStyleClass().add("n-plus-one");
                header.getChildren().add(mark);
            }
            box.getChildren().add(header);
            List<String> wrapped = wrap(group.sql().replace(",", ", "), SQL_CHARS);
            for (int i = 0; i < Math.min(linesPerGroup, wrapped.size()); i++) {
                boolean cut = i == linesPerGroup - 1 && wrapped.size() > linesPerGroup;
                box.getChildren().add(codeLine("  " + wrapped.get(i) + (cut ? " \u2026" : "")));
            }
        }
        return box;
    }

    /** Breaks one-line SQL at spaces into lines of at most {@code width} characters. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static VBox panel(String heading) {
        Label label = new Label(heading);
        label.getStyleClass().add("section");
        VBox box = new VBox(0, label);
        box.getStyleClass().add("panel");
        box.setMinWidth(0);
        box.setPrefWidth(Region.USE_COMPUTED_SIZE);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label codeLine(String text) {
        Label line = new Label(text.length() > LINE_CHARS ? text.substring(0, LINE_CHARS - 1) + "\u2026" : text);
        line.getStyleClass().add("code");
        line.setMaxWidth(Double.MAX_VALUE);
        line.setMinWidth(0);
        return line;
    }
}
