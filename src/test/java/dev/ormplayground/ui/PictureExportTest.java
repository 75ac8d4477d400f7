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
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
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
    void theLatencyChartTheCodePairAndThePlanPairExportInTheChosenLook(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        fixture.window.exports().useFileTarget((owner, title, name) -> Optional.of(folder.resolve(name)));
        robot.type(KeyCode.DIGIT5).type(KeyCode.ENTER);
        waitUntil(() -> fixture.session.lastRunProperty().get() != null
                && fixture.session.lastRunProperty().get().level().id().equals("indexed"));
        robot.interact(() -> {
            menuItem(robot, "#exportTheme-dark").fire();
            menuItem(robot, "#exportSize-a4").fire();
        });
        assertThat(fx(() -> fixture.window.exports().themeProperty().get().id())).isEqualTo("dark");

        export(robot, "#exportLatencySVG");
        String latency = Files.readString(folder.resolve("latency.svg"));
        assertThat(latency).contains("5 indexed").contains("viewBox=\"0 0 1123 794\"");

        export(robot, "#exportCode");
        PictureCheck.assertPicture(Files.readAllBytes(folder.resolve("code-indexed.png")), 2246, 1588);
        java.awt.image.BufferedImage code = javax.imageio.ImageIO.read(folder.resolve("code-indexed.png").toFile());
        assertThat(new java.awt.Color(code.getRGB(4, 4)).getRed()).as("the dark theme's ground").isLessThan(60);

        export(robot, "#exportPlansPDF");
        try (var plans = org.apache.pdfbox.Loader.loadPDF(folder.resolve("plans-indexed.pdf").toFile())) {
            assertThat(plans.getPage(0).getMediaBox().getWidth()).as("A4 landscape, in points").isBetween(840f, 844f);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(plans);
            assertThat(text).contains("5 indexed beside 4 slim-columns").contains("IDX_POSTS_CREATED");
        }
    }

    @Test
    void aLevelOfYourOwnIsDrawnBesideTheLevelItWasCopiedFrom(FxRobot robot) throws Exception {
        fixture.waitUntilReady();
        fixture.window.exports().useFileTarget((owner, title, name) -> Optional.of(folder.resolve(name)));
        robot.clickOn("#editCopy-fetch-join");
        waitUntil(() -> fixture.session.selectedLevelProperty().get().usersOwn());

        var mine = fx(() -> fixture.session.selectedLevelProperty().get());
        var origin = fx(() -> fixture.session.userLevels().of(mine).orElseThrow().origin());

        export(robot, "#exportCodeSVG");
        String svg = Files.readString(folder.resolve("code-" + mine.id() + ".svg"));
        assertThat(svg).as("a copy is set beside the level it was copied from, not beside a ladder level before it")
                .contains(mine.title() + " (yours) beside level " + origin.number() + " " + origin.id())
                .contains("public class " + mine.title());
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

    /**
     * Chooses the Export menu's item: the menu opened by a click, the item (in its picture's
     * submenu) fired as a click would, since TestFX cannot reach into a submenu's popup reliably.
     */
    private static void openExport(FxRobot robot, String item) {
        robot.clickOn("#exportMenu");
        robot.interact(() -> robot.lookup("#exportMenu").queryAs(MenuButton.class).hide());
        MenuItem chosen = menuItem(robot, item);
        javafx.application.Platform.runLater(chosen::fire); // not waited for: it may ask, in a dialog that waits for an answer
    }

    /** The Export menu's item of this id ({@code #exportComparisonSVG}), in whichever submenu. */
    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuButton menu = robot.lookup("#exportMenu").queryAs(MenuButton.class);
        return find(menu.getItems(), id.substring(1)).orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static Optional<MenuItem> find(List<MenuItem> items, String id) {
        for (MenuItem item : items) {
            if (id.equals(item.getId())) {
                return Optional.of(item);
            }
            if (item instanceof Menu submenu) {
                Optional<MenuItem> inside = find(submenu.getItems(), id);
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }
}
