package dev.ormplayground.bench;

import java.util.Locale;

/**
 * How a level was warmed up before its warm-up and measured runs ({@link SteadyState}), or the
 * sum of that over several levels: what a figure's footer says.
 */
public record Warmth(State state, double seconds, int runs) {

    /** In order of precedence when levels are summed up: the first that applies to any level wins. */
    public enum State {
        /** Stopped early because the user wanted the run thread. */
        STOPPED,
        /** Still falling when the time allowed ran out: the figures are high. */
        NOT_SETTLED,
        /** The wait for a steady latency was switched off ({@code --settle 0}). */
        SKIPPED,
        /** The latency held still after {@link #seconds()}. */
        SETTLED,
        /** Settled earlier in this program, with the same connection. */
        SETTLED_EARLIER
    }

    public static final Warmth SKIPPED = new Warmth(State.SKIPPED, 0, 0);
    public static final Warmth SETTLED_EARLIER = new Warmth(State.SETTLED_EARLIER, 0, 0);

    public boolean settled() {
        return state == State.SETTLED || state == State.SETTLED_EARLIER;
    }

    /** Several levels' warm-ups as one: times and runs added, the weakest state kept. */
    public Warmth and(Warmth other) {
        State weaker = state.ordinal() <= other.state.ordinal() ? state : other.state;
        return new Warmth(weaker, seconds + other.seconds, runs + other.runs);
    }

    /** e.g. {@code JVM steady after 24.1 s}, for footers and captions. */
    public String describe() {
        return switch (state) {
            case SKIPPED -> "no wait for a steady JVM";
            case SETTLED -> String.format(Locale.ROOT, "JVM steady after %.1f s", seconds);
            case SETTLED_EARLIER -> "JVM steady (warmed earlier)";
            case NOT_SETTLED -> String.format(Locale.ROOT, "JVM not yet steady after %.0f s", seconds);
            case STOPPED -> String.format(Locale.ROOT, "warm-up stopped after %.1f s", seconds);
        };
    }
}
