package dev.ormplayground.ui.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormplayground.db.DatabaseChoice;
import org.junit.jupiter.api.Test;

/** The Scaling view's words follow the window's database: on PostgreSQL they say the sweep runs on H2. */
class SweepDatabaseTest {

    @Test
    void onH2TheSweepSaysItLoadsIntoH2() {
        assertEquals("The same levels on generated blogs of growing size, each loaded into H2 in memory, measured at"
                + " the current page size and connection, then dropped.", SweepDatabase.about(DatabaseChoice.h2()));
    }

    @Test
    void onPostgresTheSweepSaysItMeasuresOnH2AndNotOnTheServer() {
        assertEquals("Measured on H2 in memory, not on PostgreSQL at db.example:5433/blog: the sweep builds data sets"
                + " of its own sizes, which it does not write to your server. Each is loaded, measured at the current"
                + " page size and round trip, then dropped. (bench --sweep --db URL measures on a server.)",
                SweepDatabase.about(DatabaseChoice.postgres("jdbc:postgresql://db.example:5433/blog", "me", "secret")));
    }
}
