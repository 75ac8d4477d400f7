package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.render.PictureCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Export PNG from the window: the comparison, a level's card and the whole window, at 2x, into a
 * folder the test chooses in place of the save dialog; an existing file is replaced only when
 * the user says so.
 */
@ExtendWith(ApplicationExtension.class)
class PictureExportTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    @TempDir
    Path folder;

    @Test
    void theComparisonACardAndTheWindowExportAtTwiceTheirSize(FxRobot robot) throws Exception {
        compareWithOneRun(robot);

        export(robot, "#exportComparison");
        PictureCheck.assertPicture(Files.readAllBytes(folder.resolve("comparison.png")), 2560, 1440);

        robot.type(KeyCode.DIGIT4);
        export(robot, "#exportCard");
        PictureCheck.assertPicture(Files.readAllBytes(folder.resolve("level-slim-columns.png")), 2560, 1440);

        export(robot, "#exportWindow");
        PictureCheck.assertPicture(Files.readAllBytes(folder.resolve("window.png")), 2560, 1440);
        assertTrue(fx(() -> fixture.session.statusProperty().get()).contains("2560 × 1440 px"),
                fx(() -> fixture.session.statusProperty().get()));
    }

    @Test
    void theComparisonACardAndTheDeckExportAsVectors(FxRobot robot) throws Exception {
        compareWithOneRun(robot);
        robot.clickOn("#exportMenu");
        WindowFixture.waitForPulses(2);
        fixture.snapshot("export-menu-1280.png");
        robot.type(KeyCode.ESCAPE);

        export(robot, "#exportComparisonSVG");
        String svg = Files.readString(folder.resolve("comparison.svg"));
        assertThat(svg).startsWith("<?xml").contains("<text").contains("naive").contains("cached");

        robot.type(KeyCode.DIGIT2);
        export(robot, "#exportCardPDF");
        byte[] card = Files.readAllBytes(folder.resolve("level-fetch-join.pdf"));
        assertThat(new String(card, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        export(robot, "#exportDeck");
        try (var deck = org.apache.pdfbox.Loader.loadPDF(folder.resolve("talk.pdf").toFile())) {
            assertThat(deck.getNumberOfPages()).isEqualTo(10);
        }
        assertThat(fx(() -> fixture.session.statusProperty().get())).contains("talk.pdf").contains(" KB)");
    }

    @Test
    void anExistingFileStaysUnlessReplacingIsConfirmed(FxRobot robot) throws Exception {
        compareWithOneRun(robot);
        byte[] old = "an older picture".getBytes(StandardCharsets.UTF_8);
        Path target = Files.write(folder.resolve("comparison.png"), old);

        openExport(robot, "#exportComparison");
        waitUntil(() -> robot.lookup("#replaceDialog").tryQuery().isPresent());
        robot.clickOn("Keep the old file");
        assertArrayEquals(old, Files.readAllBytes(target), "declined: the old file is untouched");
        assertTrue(fx(() -> fixture.session.statusProperty().get()).startsWith("Not saved"));

        int saved = fx(() -> fixture.window.exports().savedProperty().get());
        openExport(robot, "#exportComparison");
        waitUntil(() -> robot.lookup("#replaceDialog").tryQuery().isPresent());
        robot.clickOn("Replace");
        waitUntil(() -> fixture.window.exports().savedProperty().get() > saved);
        PictureCheck.assertPicture(Files.readAllBytes(target), 2560, 1440);
    }

    @Test
    void anUnwritableFolderIsAMessageNotACrash(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        Path missing = folder.resolve("no-such-folder");
        fixture.window.exports().useFileTarget((owner, title, name) -> Optional.of(missing.resolve(name)));
        openExport(robot, "#exportWindow");
        waitUntil(() -> fixture.session.errorProperty().get() != null);
        String message = fx(() -> fixture.session.errorProperty().get());
        assertTrue(message.startsWith("Not saved: Cannot write window.png: the folder") && message.endsWith("does not exist"),
                message);
    }

    private void compareWithOneRun(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        fixture.window.exports().useFileTarget((owner, title, name) -> Optional.of(folder.resolve(name)));
        robot.clickOn("#viewCompare");
        robot.interact(() -> robot.lookup("#compareRuns").queryTextInputControl().setText("1"));
        robot.clickOn("#compareButton");
        waitUntil(() -> fixture.session.comparison().lastProperty().get() != null);
    }

    private void export(FxRobot robot, String item) throws Exception {
        int saved = fx(() -> fixture.window.exports().savedProperty().get());
        openExport(robot, item);
        waitUntil(() -> fixture.window.exports().savedProperty().get() > saved);
    }

    private static void openExport(FxRobot robot, String item) {
        robot.clickOn("#exportMenu").clickOn(item);
    }
}
