package dev.ormplayground.ui.session;

import dev.ormplayground.bench.Stats;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The latencies of each level's most recent runs, and their median: of the warm runs alone once
 * the level has any (a run before the JVM was steady is not representative), else of them all.
 * Pure: no JavaFX.
 */
public final class LatencyHistory {

    private record Run(double millis, boolean warm) {
    }

    private final int capacity;
    private final Map<String, Deque<Run>> byLevel = new HashMap<>();

    public LatencyHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /** A run whose warmth is not known counts as warm. */
    public void add(String levelId, double millis) {
        add(levelId, millis, true);
    }

    public void add(String levelId, double millis, boolean warm) {
        Deque<Run> recent = byLevel.computeIfAbsent(levelId, id -> new ArrayDeque<>());
        recent.addLast(new Run(millis, warm));
        while (recent.size() > capacity) {
            recent.removeFirst();
        }
    }

    /** How many recent runs of this level the median covers: the warm ones, if there are any. */
    public int count(String levelId) {
        return counted(levelId).size();
    }

    /** Whether the median covers warm runs only (false: no warm run yet, the median is a cold one). */
    public boolean warm(String levelId) {
        Deque<Run> recent = byLevel.get(levelId);
        return recent != null && recent.stream().anyMatch(Run::warm);
    }

    /** The median of this level's recent runs (warm ones only once there are any), or NaN before its first run. */
    public double median(String levelId) {
        List<Run> runs = counted(levelId);
        return runs.isEmpty() ? Double.NaN : Stats.median(runs.stream().mapToDouble(Run::millis).toArray());
    }

    private List<Run> counted(String levelId) {
        Deque<Run> recent = byLevel.get(levelId);
        if (recent == null) {
            return List.of();
        }
        boolean anyWarm = recent.stream().anyMatch(Run::warm);
        return recent.stream().filter(run -> run.warm() || !anyWarm).toList();
    }

    /** Forgets every run: the data set or the page size changed, old runs are not comparable. */
    public void clear() {
        byLevel.clear();
    }
}
