package dev.ormplayground.run;

import dev.ormplayground.capture.StatementGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one line of a level's code cost in a run: the statements it sent and whether they are an
 * N+1 (a shape that ran about once per feed item, see {@link StatementGroup}). What the code
 * view's badges, {@code feed}'s line list and the level card show.
 *
 * @param source     the line
 * @param statements the indexes of its statements in the run, in execution order
 * @param nPlusOne   whether any of them belongs to an N+1 group
 */
public record LineCost(StatementSource source, List<Integer> statements, boolean nPlusOne) {

    public LineCost {
        statements = List.copyOf(statements);
    }

    public int count() {
        return statements.size();
    }

    /** e.g. {@code ×20}. */
    public String badge() {
        return "\u00d7" + count();
    }

    /** The lines of the run that sent statements, in line order; empty for a run without attribution. */
    public static List<LineCost> of(RunResult run) {
        return of(run, StatementGroup.of(run.statements(), run.items().size()));
    }

    /** The same, from the run's statements grouped already ({@link StatementGroup#of}). */
    public static List<LineCost> of(RunResult run, List<StatementGroup> groups) {
        Set<String> nPlusOneSql = groups.stream()
                .filter(StatementGroup::nPlusOne).map(StatementGroup::sql).collect(Collectors.toSet());
        Map<Integer, List<Integer>> byLine = new LinkedHashMap<>();
        Map<Integer, StatementSource> sources = new LinkedHashMap<>();
        Map<Integer, Boolean> nPlusOne = new LinkedHashMap<>();
        for (int i = 0; i < run.statements().size(); i++) {
            StatementSource source = run.sources().get(i);
            if (!source.known()) {
                continue;
            }
            byLine.computeIfAbsent(source.line(), line -> new ArrayList<>()).add(i);
            sources.putIfAbsent(source.line(), source);
            nPlusOne.merge(source.line(), nPlusOneSql.contains(run.statements().get(i).sql()), Boolean::logicalOr);
        }
        return byLine.entrySet().stream()
                .map(e -> new LineCost(sources.get(e.getKey()), e.getValue(), nPlusOne.get(e.getKey())))
                .sorted(Comparator.comparingInt(cost -> cost.source().line()))
                .toList();
    }
}
