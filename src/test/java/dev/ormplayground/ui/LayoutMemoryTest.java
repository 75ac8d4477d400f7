package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.ui.session.PlaygroundSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The dividers the user moved are where they left them at the next start, in their own preferences. */
@ExtendWith(ApplicationExtension.class)
class LayoutMemoryTest {

    /** A node of this test's own, removed after it: the user's real layout is never touched. */
    private final Preferences node = Preferences.userRoot().node("dev/ormplayground/test-" + UUID.randomUUID());

    private final List<Stage> stages = new ArrayList<>();

    @AfterEach
    void forget() throws Exception {
        fx(() -> {
            stages.forEach(Stage::close);
            return null;
        });
        node.removeNode();
    }

    @Test
    void aMovedDividerIsWhereTheUserLeftItAtTheNextStart() throws Exception {
        LayoutMemory memory = LayoutMemory.of(node);
        fx(() -> {
            PlaygroundWindow first = window(memory);
            middle(first).setDividerPositions(0.37);
            first.code().sidesDivider().set(0.55);
            return null;
        });
        PlaygroundWindow second = fx(() -> window(memory));
        // Within a pixel or two: a shown split snaps its divider to whole pixels.
        assertEquals(0.37, fx(() -> middle(second).getDividerPositions()[0]), 0.005);
        // The levels' code pairs share one divider, each snapping it to its own pixels: within 2%.
        assertEquals(0.55, fx(() -> second.code().sidesDivider().get()), 0.02);

        PlaygroundWindow forgetful = fx(() -> window(LayoutMemory.NONE));
        assertEquals(0.40, fx(() -> middle(forgetful).getDividerPositions()[0]), 0.005,
                "a window without memory starts as the layout places it at 1280x720: most of the height to the code");
    }

    @Test
    void theFontSizeTheUserScaledToIsKeptForTheNextStart() throws Exception {
        LayoutMemory memory = LayoutMemory.of(node);
        fx(() -> {
            window(memory).fontScale().sizeProperty().set(19.5);
            return null;
        });
        assertEquals(19.5, memory.fontSize());
        assertEquals(19.5, fx(() -> window(memory).fontScale().sizeProperty().get()), "the next window starts at it");
        assertEquals(13, fx(() -> window(LayoutMemory.NONE).fontScale().sizeProperty().get()));
    }

    @Test
    void theDataSetOfLastTimeIsNamedByOneLineAndABrokenOneFallsBackToTheSample() {
        DataSetSpec generated = DataSetSpec.generated(10_000);
        assertEquals(generated, DataSetSpec.fromMemory(generated.toMemory()));
        assertEquals("sample", DataSetSpec.sample().toMemory());
        assertEquals(DataSetSpec.sample(), DataSetSpec.fromMemory("sample"));
        DataSetSpec folder = DataSetSpec.csv(Path.of("sample-data").toAbsolutePath());
        assertEquals(folder, DataSetSpec.fromMemory(folder.toMemory()));
        assertEquals(DataSetSpec.sample(), DataSetSpec.fromMemory("folder /no/such/blog"), "a folder gone since");
        assertEquals(DataSetSpec.sample(), DataSetSpec.fromMemory("generated lots"));
        assertEquals(DataSetSpec.sample(), DataSetSpec.fromMemory(""));

        LayoutMemory memory = LayoutMemory.of(node);
        memory.saveDataSet(generated.toMemory());
        assertEquals(generated, DataSetSpec.fromMemory(LayoutMemory.of(node).dataSet()));
    }

    /** A window shown on a stage of its own (its splits are laid out only once shown), closed after the test. */
    private PlaygroundWindow window(LayoutMemory memory) {
        PlaygroundWindow window = new PlaygroundWindow(new PlaygroundSession(Ladder.standard(), Playground::open, 0),
                1280, 720, memory);
        Stage stage = new Stage();
        stage.setScene(window.scene());
        stage.show();
        stages.add(stage);
        return window;
    }

    /** The split between the SQL and chart above and the code pair below. */
    private static SplitPane middle(PlaygroundWindow window) {
        return window.layout().middle();
    }
}
