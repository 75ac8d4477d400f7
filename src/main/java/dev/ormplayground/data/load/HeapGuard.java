package dev.ormplayground.data.load;

import java.util.Locale;

/**
 * Refuses a generated data set that would not fit in this JVM's heap, before generating it,
 * instead of dying half-way with an OutOfMemoryError. The cost per post was measured: 100,000
 * generated posts (with about 1.1 million comments and 2.2 million likes) held 1.16 GB of heap
 * after a full GC; the estimate adds a fifth for headroom (index builds, the runs themselves).
 */
public final class HeapGuard {

    static final long BYTES_PER_POST = 11_600;
    private static final double HEADROOM = 1.2;

    private HeapGuard() {
    }

    /** Roughly how much heap a generated blog of this many posts needs. */
    public static long estimatedBytes(int posts) {
        return (long) (posts * BYTES_PER_POST * HEADROOM);
    }

    /** Throws when the estimate exceeds the heap still available; says how to make room. */
    public static void checkFits(int posts) {
        Runtime runtime = Runtime.getRuntime();
        long needed = estimatedBytes(posts);
        if (needed > runtime.maxMemory() - used(runtime)) {
            // Part of what counts as used may be garbage not yet collected (a data set closed a moment
            // ago): collect it once and measure what is really held before refusing.
            System.gc();
        }
        long used = used(runtime);
        long available = runtime.maxMemory() - used;
        if (needed > available) {
            long suggestedGb = (long) Math.ceil((needed + used) / 1e9) + 1;
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%,d posts need about %.1f GB of heap, but this JVM has %.1f GB left of its %.1f GB maximum; "
                            + "choose fewer posts or start Java with more heap (e.g. -Xmx%dg)",
                    posts, needed / 1e9, available / 1e9, runtime.maxMemory() / 1e9, suggestedGb));
        }
    }

    private static long used(Runtime runtime) {
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
