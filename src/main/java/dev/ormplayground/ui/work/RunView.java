package dev.ormplayground.ui.work;

import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.capture.StatementGroup;
import dev.ormplayground.capture.StatementRepeats;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.LineCost;
import dev.ormplayground.run.RunResult;
import dev.ormplayground.run.StatementSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One finished run as the window shows it: the engine's result, its statements grouped by
 * shape and classed as similar or duplicate, and where it stands among the level's recent runs.
 *
 * @param runNumber    counts the runs of this window, from 1
 * @param result       what the engine measured
 * @param groups       statements of the same shape, in the order each shape first ran
 * @param shapeIndex   for each statement, the index of its group in {@code groups}
 * @param repeats      which statements are similar or duplicates, in django-debug-toolbar's terms
 * @param lineCosts    the lines of the level's code that sent statements, with their counts
 * @param medianMillis median latency of this level's recent runs, this one included
 * @param medianRuns   how many runs that median covers
 * @param dataSet      the data set it ran on, as the status bar names it
 * @param warm         whether its level was steady before it ran: a run of a JVM still compiling
 *                     is not representative, and the window says so
 * @param medianWarm   whether the median covers warm runs only
 */
public record RunView(int runNumber, RunResult result, List<StatementGroup> groups, List<Integer> shapeIndex,
                      StatementRepeats repeats, List<LineCost> lineCosts, double medianMillis, int medianRuns, String dataSet, boolean warm, boolean medianWarm) {

    public RunView {
        groups = List.copyOf(groups);
        shapeIndex = List.copyOf(shapeIndex);
        lineCosts = List.copyOf(lineCosts);
    }

    /** Groups and classes the statements: work for the background thread, not the FX thread. */
    public static RunView analyse(RunResult result, String dataSet, boolean warm) {
        List<StatementGroup> groups = StatementGroup.of(result.statements(), result.items().size());
        Map<String, Integer> indexBySql = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            indexBySql.put(groups.get(i).sql(), i);
        }
        List<Integer> shapeIndex = result.statements().stream()
                .map(CapturedStatement::sql)
                .map(indexBySql::get)
                .toList();
        return new RunView(0, result, groups, shapeIndex, StatementRepeats.of(result.statements()),
                LineCost.of(result, groups), Double.NaN, 0, dataSet, warm, warm);
    }

    public RunView withHistory(int number, double median, int runs, boolean warmMedian) {
        return new RunView(number, result, groups, shapeIndex, repeats, lineCosts, median, runs, dataSet, warm, warmMedian);
    }

    public Level level() {
        return result.level();
    }

    public StatementGroup groupOf(int statement) {
        return groups.get(shapeIndex.get(statement));
    }

    /** The line of the level's code that sent a statement; NONE when not known. */
    public StatementSource sourceOf(int statement) {
        return result.sources().get(statement);
    }

    /** How many shapes ran once per feed item: the N+1 signature. */
    public long nPlusOneShapes() {
        return groups.stream().filter(StatementGroup::nPlusOne).count();
    }
}
