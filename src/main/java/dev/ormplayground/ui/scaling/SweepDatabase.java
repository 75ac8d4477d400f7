package dev.ormplayground.ui.scaling;

import dev.ormplayground.db.DatabaseChoice;

/**
 * Where the window's sweep measures, in the view's words. It always measures on H2 in memory:
 * each size is a generated blog loaded afresh, and on a PostgreSQL server that would need the
 * program's schema, which the active data set holds. A window on PostgreSQL must say so, or its
 * chart would pass for the server's.
 */
final class SweepDatabase {

    /** For the chart's note, beside the page size and connection. */
    static final String MEASURED_ON = "H2 in memory";

    private SweepDatabase() {
    }

    /** What the view says above its settings while {@code active} holds the window's data set. */
    static String about(DatabaseChoice active) {
        if (active.isH2()) {
            return "The same levels on generated blogs of growing size, each loaded into " + MEASURED_ON
                    + ", measured at the current page size and connection, then dropped.";
        }
        return "Measured on " + MEASURED_ON + ", not on PostgreSQL at " + active.where() + ": the sweep builds data"
                + " sets of its own sizes, which it does not write to your server. Each is loaded, measured at the"
                + " current page size and round trip, then dropped. (bench --sweep --db URL measures on a server.)";
    }
}
