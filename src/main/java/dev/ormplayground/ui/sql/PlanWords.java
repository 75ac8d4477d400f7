package dev.ormplayground.ui.sql;

import dev.ormplayground.db.Database;

/**
 * What the Plan tab says about how a plan was made: with ANALYZE (the statement ran again to be
 * measured) or, for a statement that writes, with EXPLAIN alone (it did not run). Pure: no JavaFX.
 */
final class PlanWords {

    private PlanWords() {
    }

    /** Whether the database ran the statement to explain it: a plan of a write says it did not. */
    static boolean executed(String plan) {
        return !plan.contains(Database.NOT_EXECUTED);
    }

    /** Who explained it and how, e.g. {@code H2 (EXPLAIN ANALYZE)}. */
    static String explainedBy(boolean postgres, boolean executed) {
        if (!executed) {
            return (postgres ? "PostgreSQL" : "H2") + " (EXPLAIN, not run: the statement writes)";
        }
        return postgres ? "PostgreSQL (EXPLAIN (ANALYZE, BUFFERS))" : "H2 (EXPLAIN ANALYZE)";
    }

    /** The comment under the plan: how to read its figures, or why it has none. */
    static String footnote(boolean postgres, boolean executed) {
        if (!executed) {
            return "-- EXPLAIN without ANALYZE: the statement writes, so it was not run again.";
        }
        return postgres ? "-- EXPLAIN (ANALYZE, BUFFERS) ran the statement again, in a transaction rolled back:"
                + " actual rows and loops per step, Buffers = pages read."
                : "-- EXPLAIN ANALYZE ran the statement again: scanCount = rows each step read.";
    }
}
