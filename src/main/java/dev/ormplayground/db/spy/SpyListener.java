package dev.ormplayground.db.spy;

import com.p6spy.engine.common.CallableStatementInformation;
import com.p6spy.engine.common.ConnectionInformation;
import com.p6spy.engine.common.PreparedStatementInformation;
import com.p6spy.engine.common.ResultSetInformation;
import com.p6spy.engine.common.StatementInformation;
import com.p6spy.engine.event.SimpleJdbcEventListener;
import dev.ormplayground.capture.StatementCapture;
import java.sql.SQLException;

/**
 * The one p6spy listener of the captured connections: keeps the bound values (what p6spy's
 * DefaultEventListener does, for {@code getSqlWithValues()}), then tells the capture and adds the
 * simulated round trip. One listener class instead of p6spy's CompoundJdbcEventListener over three:
 * p6spy calls its listener on every JDBC call, every {@code getString} of every row, and a loop
 * over three listeners there cost up to 13% of a level's time (measured with
 * {@code bench --capture-cost}); one final class whose unused events are empty is inlined away.
 */
public final class SpyListener extends SimpleJdbcEventListener {

    private final StatementCapture capture;
    private final RoundTripDelay delay;

    public SpyListener(StatementCapture capture, RoundTripDelay delay) {
        this.capture = capture;
        this.delay = delay;
    }

    @Override
    public void onBeforeAnyExecute(StatementInformation info) {
        capture.onBeforeAnyExecute(info); // first: the capture's clock includes the round trip
        delay.onBeforeAnyExecute(info);
    }

    @Override
    public void onBeforeAnyAddBatch(StatementInformation info) {
        capture.onBeforeAnyAddBatch(info);
    }

    // A plain Statement's SQL arrives with the call: kept first, so the capture's write guard reads this statement's.
    @Override
    public void onBeforeExecute(StatementInformation info, String sql) {
        info.setStatementQuery(sql);
        super.onBeforeExecute(info, sql);
    }

    @Override
    public void onBeforeExecuteQuery(StatementInformation info, String sql) {
        info.setStatementQuery(sql);
        super.onBeforeExecuteQuery(info, sql);
    }

    @Override
    public void onBeforeExecuteUpdate(StatementInformation info, String sql) {
        info.setStatementQuery(sql);
        super.onBeforeExecuteUpdate(info, sql);
    }

    @Override
    public void onBeforeAddBatch(StatementInformation info, String sql) {
        info.setStatementQuery(sql);
        super.onBeforeAddBatch(info, sql);
    }

    @Override
    public void onAfterAnyExecute(StatementInformation info, long timeElapsedNanos, SQLException e) {
        capture.onAfterAnyExecute(info, timeElapsedNanos, e);
    }

    // The end of a transaction: the capture refuses it while a level that writes runs.
    @Override
    public void onBeforeCommit(ConnectionInformation info) {
        capture.onBeforeCommit(info);
    }

    @Override
    public void onBeforeRollback(ConnectionInformation info) {
        capture.onBeforeRollback(info);
    }

    @Override
    public void onBeforeSetAutoCommit(ConnectionInformation info, boolean newAutoCommit, boolean currentAutoCommit) {
        capture.onBeforeSetAutoCommit(info, newAutoCommit, currentAutoCommit);
    }

    // A plain Statement gets its SQL only at execution: keep it before the capture reads it.
    @Override
    public void onAfterExecute(StatementInformation info, long timeElapsedNanos, String sql, SQLException e) {
        info.setStatementQuery(sql);
        super.onAfterExecute(info, timeElapsedNanos, sql, e);
    }

    @Override
    public void onAfterExecuteQuery(StatementInformation info, long timeElapsedNanos, String sql, SQLException e) {
        info.setStatementQuery(sql);
        super.onAfterExecuteQuery(info, timeElapsedNanos, sql, e);
    }

    @Override
    public void onAfterExecuteUpdate(StatementInformation info, long timeElapsedNanos, String sql, int rowCount,
                                     SQLException e) {
        info.setStatementQuery(sql);
        super.onAfterExecuteUpdate(info, timeElapsedNanos, sql, rowCount, e);
    }

    @Override
    public void onAfterPreparedStatementSet(PreparedStatementInformation info, int parameterIndex, Object value,
                                            SQLException e) {
        info.setParameterValue(parameterIndex, value);
    }

    @Override
    public void onAfterCallableStatementSet(CallableStatementInformation info, String parameterName, Object value,
                                            SQLException e) {
        info.setParameterValue(parameterName, value);
    }

    @Override
    public void onAfterResultSetNext(ResultSetInformation info, long timeElapsedNanos, boolean hasNext, SQLException e) {
        capture.onAfterResultSetNext(info, timeElapsedNanos, hasNext, e);
    }
}
