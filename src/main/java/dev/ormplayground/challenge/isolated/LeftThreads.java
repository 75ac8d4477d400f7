package dev.ormplayground.challenge.isolated;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The threads a level started and left running after its runs: a condition of its own. */
final class LeftThreads {

    private LeftThreads() {
    }

    static Set<Thread> now() {
        return new HashSet<>(Thread.getAllStackTraces().keySet());
    }

    /** A failed condition naming the threads alive now that were not in {@code before}; empty when none. */
    static Optional<String> since(Set<Thread> before) {
        Map<String, Long> left = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && thread.isAlive() && !thread.isDaemon())
                .collect(Collectors.groupingBy(Thread::getName, TreeMap::new, Collectors.counting()));
        if (left.isEmpty()) {
            return Optional.empty();
        }
        long count = left.values().stream().mapToLong(Long::longValue).sum();
        String names = left.entrySet().stream().map(named -> "'" + named.getKey() + "'"
                + (named.getValue() > 1 ? " " + named.getValue() + " times" : "")).collect(Collectors.joining(", "));
        return Optional.of("your level left " + (count == 1 ? "a thread" : count + " threads") + " running (" + names
                + "): a level must finish its work before it returns its feed; the check's JVM ended "
                + (count == 1 ? "it" : "them"));
    }
}
