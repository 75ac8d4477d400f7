package dev.ormplayground.capture;

import java.lang.management.ManagementFactory;

/**
 * The bytes this thread has allocated so far, from HotSpot's thread bean: what a run allocated is
 * the difference between two readings on the thread that ran it.
 */
public final class AllocatedBytes {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocatedBytes() {
    }

    /** The calling thread's allocated bytes since it started. */
    public static long ofThisThread() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }
}
