package dev.ormplayground.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkModeTest {

    @Test
    void overTcpTheSameLevelSendsTheSameStatementsAndBuildsTheSameFeed() {
        try (Playground playground = Playground.open(DataSetSpec.sample(), LoadProgress.NONE)) {
            RunResult inProcess = playground.runWithLines(playground.ladder().byId("naive"), 10);
            playground.useConnection(new ConnectionSettings(NetworkMode.TCP, 0));
            RunResult overTcp = playground.runWithLines(playground.ladder().byId("naive"), 10);

            assertEquals(NetworkMode.TCP, overTcp.connection().network());
            assertEquals(inProcess.queries(), overTcp.queries());
            assertEquals(inProcess.items(), overTcp.items());
            assertTrue(overTcp.correct(), overTcp.difference());
        }
    }

    @Test
    void withTheCaptureOffNothingIsRecordedAndHibernateCountsTheQueries() {
        try (Playground playground = Playground.open(DataSetSpec.sample(), LoadProgress.NONE)) {
            RunResult captured = playground.runWithLines(playground.ladder().byId("naive"), 10);
            playground.useConnection(new ConnectionSettings(NetworkMode.IN_PROCESS, 0, false));
            RunResult uncaptured = playground.runWithLines(playground.ladder().byId("naive"), 10);

            assertEquals(List.of(), uncaptured.statements());
            assertEquals(captured.queries(), uncaptured.queries());
            assertTrue(uncaptured.correct(), uncaptured.difference());
        }
    }

    @Test
    void aSimulatedRoundTripIsPaidOncePerStatementAndShowsInEachStatementsTime() {
        try (Playground playground = Playground.open(DataSetSpec.sample(), LoadProgress.NONE)) {
            playground.useConnection(new ConnectionSettings(NetworkMode.IN_PROCESS, 2));
            RunResult run = playground.runWithLines(playground.ladder().byId("fetch-join"), 10);

            assertEquals(3, run.queries());
            run.statements().forEach(s -> assertTrue(s.elapsedNanos() >= 2_000_000, s.sql()));
            assertTrue(run.elapsedNanos() >= 3 * 2_000_000L, "run " + run.elapsedNanos());
            assertEquals("in-process + 2 ms simulated round trip", run.connection().describe());
        }
    }
}
