package dev.ormplayground.db.spy;

import com.p6spy.engine.spy.P6SpyLoadableOptions;
import com.p6spy.engine.spy.P6SpyOptions;

/**
 * How p6spy writes a bound date or timestamp into the SQL with values that the window shows and
 * the plans explain. p6spy's default timestamp, {@code 2026-12-02T17:53:34.055+0000}, is one H2
 * cannot parse ("Cannot parse TIMESTAMP constant"); {@code 2026-12-02 17:53:34.055} both H2 and
 * PostgreSQL read, in the JVM's time zone as the drivers bind it. A date is a date alone: H2
 * refuses a DATE constant with a time. p6spy's options are the JVM's own, so this sets them for
 * every database at once.
 */
public final class SpyValues {

    /** Milliseconds, as far as p6spy's SimpleDateFormat goes: a plan needs no finer value. */
    static final String TIMESTAMP = "yyyy-MM-dd HH:mm:ss.SSS";
    /** p6spy writes a java.sql.Time with this too; the blog has no time-of-day column. */
    static final String DATE = "yyyy-MM-dd";

    private SpyValues() {
    }

    public static void writeAsBothDatabasesParseThem() {
        P6SpyLoadableOptions options = P6SpyOptions.getActiveInstance();
        options.setDatabaseDialectTimestampFormat(TIMESTAMP);
        options.setDatabaseDialectDateFormat(DATE);
    }
}
