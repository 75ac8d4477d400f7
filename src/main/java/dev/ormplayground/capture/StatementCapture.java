package dev.ormplayground.capture;

import com.p6spy.engine.common.ConnectionInformation;
import com.p6spy.engine.common.ResultSetInformation;
import com.p6spy.engine.common.StatementInformation;
import com.p6spy.engine.event.SimpleJdbcEventListener;
import com.p6spy.engine.wrapper.ConnectionWrapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Records every statement executed on the calling thread between {@link #start()} and
 * {@link Recording#stop()}. It is a p6spy listener: p6spy wraps the database's DataSource and
 * calls it for each execute and each result-set row. Statements on other threads (a data load,
 * a second run) are never mixed into a recording.
 */
public final class StatementCapture extends SimpleJdbcEventListener {


    private final ThreadLocal<Recording> current = new ThreadLocal<>();

    /** Starts recording this thread's statements, with no line of code for them. */
    public Recording start() {
        return start(null);
    }

    /**
     * Starts recording this thread's statements, each with the line of {@code attributeTo} that
     * sent it ({@link CallSite}); null attributes nothing.
     */
    public Recording start(Class<?> attributeTo) {
        Recording recording = new Recording(attributeTo);
        current.set(recording);
        return recording;
    }

    @Override
    public void onBeforeAnyExecute(StatementInformation info) {
        Recording recording = current.get();
        if (recording != null) {
            if (recording.cancelled) {
                // Stops an N+1 loop at its next statement: within one statement of the request.
                throw new CancellationException("Run cancelled");
            }
            recording.guard(info);
            recording.startedAt = System.nanoTime();
        }
    }

    /** A statement added to a batch is checked when added: the batch runs them all at once. */
    @Override
    public void onBeforeAnyAddBatch(StatementInformation info) {
        Recording recording = current.get();
        if (recording != null) {
            recording.guard(info);
        }
    }

    /** A commit on this thread's connections, refused while a level that writes runs: its write is rolled back. */
    @Override
    public void onBeforeCommit(ConnectionInformation info) {
        Recording recording = current.get();
        if (recording != null) {
            recording.guardCommit("commit()");
        }
    }

    /** Turning auto-commit on commits what the transaction holds (JDBC says so): refused as a commit. */
    @Override
    public void onBeforeSetAutoCommit(ConnectionInformation info, boolean newAutoCommit, boolean currentAutoCommit) {
        Recording recording = current.get();
        if (recording != null && newAutoCommit && !currentAutoCommit) {
            recording.guardCommit("setAutoCommit(true), which commits,");
        }
    }

    /** A rollback would end the runner's transaction under the level, which then writes outside it. */
    @Override
    public void onBeforeRollback(ConnectionInformation info) {
        Recording recording = current.get();
        if (recording != null) {
            recording.guardCommit("rollback()");
        }
    }

    @Override
    public void onAfterAnyExecute(StatementInformation info, long timeElapsedNanos, SQLException e) {
        Recording recording = current.get();
        if (recording != null) {
            // Timed from our own start, so listeners after this one (a simulated round trip) count.
            recording.executed(info, recording.startedAt == 0 ? timeElapsedNanos
                    : System.nanoTime() - recording.startedAt);
            recording.startedAt = 0;
        }
    }

    @Override
    public void onAfterResultSetNext(ResultSetInformation info, long timeElapsedNanos, boolean hasNext,
                                     SQLException e) {
        Recording recording = current.get();
        if (recording != null && hasNext) {
            recording.rowRead(info.getStatementInformation());
        }
    }

    /** The statements of one run, in execution order. */
    public final class Recording implements AutoCloseable {
        private final Class<?> attributeTo;
        private final List<Entry> entries = new ArrayList<>();
        // A statement object can be executed more than once; rows go to its latest execution.
        private final Map<StatementInformation, Entry> latestByStatement = new IdentityHashMap<>();
        private boolean stopped;
        private long startedAt;
        private volatile boolean cancelled;
        private WriteGuard.Mode guard;
        /** The one connection a level that writes may write on: the run's, in the transaction rolled back. */
        private ConnectionInformation writesOn;
        private String refusal;
        private long attributionNanos;
        private long attributionBytes;
        private Consumer<String> afterStatement;

        private Recording(Class<?> attributeTo) {
            this.attributeTo = attributeTo;
        }

        /** Asks the recorded run to stop: its next statement throws a CancellationException. May be called from any thread. */
        public void cancel() {
            cancelled = true;
        }

        public boolean isCancelled() {
            return cancelled;
        }

        /**
         * From now on a statement that writes is refused before it reaches the database
         * ({@link WriteGuard}): it throws a {@link WriteRefusedException}, and {@link #refusal()}
         * keeps the message even when the code that sent it catches the exception.
         */
        public Recording readOnly() {
            guard = WriteGuard.Mode.READ_ONLY;
            writesOn = null;
            return this;
        }

        /**
         * From now on, for a level that writes: a statement may also insert, update or delete rows
         * of the blog's four tables ({@link WriteGuard.Mode#BLOG_WRITES}), on {@code connection}
         * only, the run's own, whose transaction the runner rolls back; and nothing on this thread
         * may commit, roll back or turn auto-commit on. Anything else is refused as {@link #readOnly()}
         * refuses. {@code connection} must be one the capture sees (the session's, with the capture on).
         */
        public Recording writesToBlogOn(Connection connection) {
            if (!(connection instanceof ConnectionWrapper spied)) {
                throw new IllegalStateException("A level that writes runs only with the capture on: the capture is"
                        + " what refuses a write it may not make, and this connection does not pass through it");
            }
            guard = WriteGuard.Mode.BLOG_WRITES;
            writesOn = spied.getConnectionInformation();
            return this;
        }

        /**
         * How long finding the statements' lines took so far: the stack walks, which a run's
         * latency leaves out (the run is then timed as {@code bench} times it, without lines).
         */
        public long attributionNanos() {
            return attributionNanos;
        }

        /** What finding the statements' lines allocated so far, which a run's allocation leaves out too. */
        public long attributionBytes() {
            return attributionBytes;
        }

        /**
         * Calls {@code listener} with each statement's SQL once it ran (a cache level takes its
         * regions' entries after a write). Its time is left out of the run's, as the stack walks' is.
         */
        public Recording afterEachStatement(Consumer<String> listener) {
            afterStatement = listener;
            return this;
        }

        /** The first write refused in this recording, or null. */
        public String refusal() {
            return refusal;
        }

        private void guard(StatementInformation info) {
            if (guard != null) {
                String sql = info.getSql();
                Optional<String> refused = WriteGuard.refusal(sql, guard);
                if (refused.isEmpty() && writesOn != null && info.getConnectionInformation() != writesOn) {
                    refused = WriteGuard.refusalOffTheRunsConnection(sql);
                }
                refused.ifPresent(this::refuse);
            }
        }

        private void guardCommit(String call) {
            if (guard == WriteGuard.Mode.BLOG_WRITES) {
                refuse("Refused before it reached the database: the level calls " + call + " on its connection"
                        + " (Hibernate's Transaction.commit() and rollback() call them too), and a level that writes"
                        + " may not commit its write nor end the transaction it runs in: the playground rolls it back"
                        + " after every run");
            }
        }

        /** Keeps the first refusal, even when the code that sent it catches the exception, and throws it. */
        private void refuse(String message) {
            if (refusal == null) {
                refusal = message;
            }
            throw new WriteRefusedException(message);
        }

        private void executed(StatementInformation info, long nanos) {
            // After the statement's time is taken: walking the stack is the capture's cost, not the
            // database's; and its own time is kept apart, so that a run's time can leave it out.
            CallSite site = CallSite.NONE;
            if (attributeTo != null) {
                long allocatedBefore = AllocatedBytes.ofThisThread();
                long walkStart = System.nanoTime();
                site = CallSite.onStack(attributeTo);
                attributionNanos += System.nanoTime() - walkStart;
                attributionBytes += AllocatedBytes.ofThisThread() - allocatedBefore;
            }
            Entry entry = new Entry(info.getSql(), info.getSqlWithValues(), nanos, site);
            entries.add(entry);
            latestByStatement.put(info, entry);
            if (afterStatement != null) {
                long allocatedBefore = AllocatedBytes.ofThisThread();
                long listenerStart = System.nanoTime();
                afterStatement.accept(info.getSql());
                attributionNanos += System.nanoTime() - listenerStart;
                attributionBytes += AllocatedBytes.ofThisThread() - allocatedBefore;
            }
        }

        private void rowRead(StatementInformation info) {
            Entry entry = latestByStatement.get(info);
            if (entry != null) {
                entry.rows++;
            }
        }

        /** Stops recording and returns what was executed, in order. */
        public List<CapturedStatement> stop() {
            close();
            return entries.stream()
                    .map(e -> new CapturedStatement(e.sql, e.sqlWithValues, e.nanos, e.rows, e.site))
                    .toList();
        }

        @Override
        public void close() {
            if (!stopped && current.get() == this) {
                current.remove();
            }
            stopped = true;
        }
    }

    private static final class Entry {
        final String sql;
        final String sqlWithValues;
        final long nanos;
        final CallSite site;
        long rows;

        Entry(String sql, String sqlWithValues, long nanos, CallSite site) {
            this.sql = sql;
            this.sqlWithValues = sqlWithValues;
            this.nanos = nanos;
            this.site = site;
        }
    }
}
