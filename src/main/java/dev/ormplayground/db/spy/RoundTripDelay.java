package dev.ormplayground.db.spy;

import com.p6spy.engine.common.StatementInformation;
import com.p6spy.engine.event.SimpleJdbcEventListener;
import java.util.concurrent.locks.LockSupport;

/**
 * Adds a simulated network round trip before every statement execution. The wait ends by
 * spinning on {@link System#nanoTime()}: sleeping alone is only accurate to about a
 * millisecond on Linux, far too coarse for a 0.5 ms round trip.
 */
public final class RoundTripDelay extends SimpleJdbcEventListener {

    /** Parking ends this long before the deadline; the rest is spun. */
    private static final long SPIN_NANOS = 1_000_000;

    private volatile long nanos;

    public void set(long nanos) {
        this.nanos = Math.max(0, nanos);
    }

    public long nanos() {
        return nanos;
    }

    @Override
    public void onBeforeAnyExecute(StatementInformation statementInformation) {
        pause(nanos);
    }

    /** Waits the given time, accurately, without holding a core for the whole wait when it is long. */
    static void pause(long nanos) {
        if (nanos <= 0) {
            return;
        }
        long deadline = System.nanoTime() + nanos;
        long park = nanos - SPIN_NANOS;
        if (park > 0) {
            LockSupport.parkNanos(park);
        }
        while (System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
