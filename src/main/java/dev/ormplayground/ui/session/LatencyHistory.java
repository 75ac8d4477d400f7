package dev.ormplayground.ui.session;

import dev.ormplayground.bench.Stats;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** The latencies of each level's most recent runs, and their median. Pure: no JavaFX. */
public final class LatencyHistory {

    private final int capacity;
    private final Map<String, Deque<Double>> byLevel = new HashMap<>();

    public LatencyHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    public void add(String levelId, double millis) {
        Deque<Double> recent = byLevel.computeIfAbsent(levelId, id -> new ArrayDeque<>());
        recent.addLast(millis);
        while (recent.size() > capacity) {
            recent.removeFirst();
        }
    }

    /** How many recent runs of this level are kept (at most the capacity). */
    public int count(String levelId) {
        Deque<Double> recent = byLevel.get(levelId);
        return recent == null ? 0 : recent.size();
    }

    /** The median of this level's recent runs, or NaN before its first run. */
    public double median(String levelId) {
        Deque<Double> recent = byLevel.get(levelId);
        return recent == null ? Double.NaN : Stats.median(recent.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Forgets every run: the data set or the page size changed, old runs are not comparable. */
    public void clear() {
        byLevel.clear();
    }
}
