package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.text;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.ui.work.RunView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The detours sit on a shelf of their own under the ladder; a click picks one, and the window shows what went wrong. */
@ExtendWith(ApplicationExtension.class)
class DetourShelfTest {

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    @Test
    void eachDetourRunsAndShowsItsLesson(FxRobot robot) throws Exception {
        fixture.waitUntilWarm();

        robot.clickOn("#detour-article-final");
        robot.type(KeyCode.ENTER);
        RunView wrong = fixture.waitForRun("article-final");
        assertFalse(wrong.result().correct());
        String badge = text(robot, "#correctBadge");
        assertTrue(badge.contains("differs") || badge.contains("\u2717") || badge.toLowerCase().contains("wrong"), badge);
        assertTrue(text(robot, "#correctNote").contains("instead of"), text(robot, "#correctNote"));
        assertTrue(fx(() -> fixture.window.scene().lookup("#previousCode-article-final").isVisible()),
                "the code pair shows it beside the level it departs from");
        fixture.snapshot("detour-article-final.png");

        robot.clickOn("#detour-two-bags");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#errorBanner").query().isVisible());
        assertTrue(text(robot, "#errorMessage").contains("MultipleBagFetchException"), text(robot, "#errorMessage"));
        fixture.snapshot("detour-two-bags.png");

        robot.clickOn("#detour-batch-fetch");
        robot.type(KeyCode.ENTER);
        RunView batched = fixture.waitForRun("batch-fetch");
        assertTrue(batched.result().correct());
        assertEquals(String.valueOf(batched.result().queries()), text(robot, "#queriesValue"));
        assertFalse(fx(() -> robot.lookup("#errorBanner").query().isVisible()), "the next run works");
        fixture.snapshot("detour-batch-fetch.png");

        robot.clickOn("#detour-lazy-after-close");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#errorBanner").query().isVisible());
        assertTrue(text(robot, "#errorMessage").contains("LazyInitializationException"), text(robot, "#errorMessage"));
        fixture.snapshot("detour-lazy-after-close.png");

        robot.clickOn("#detour-collection-fetch-limit");
        robot.type(KeyCode.ENTER);
        assertTrue(fixture.waitForRun("collection-fetch-limit").result().correct());
        fixture.snapshot("detour-collection-fetch-limit.png");

        robot.clickOn("#detour-stale-cache");
        robot.type(KeyCode.ENTER);
        assertFalse(fixture.waitForRun("stale-cache").result().correct());
        assertTrue(text(robot, "#correctNote").contains("instead of"), text(robot, "#correctNote"));
        fixture.snapshot("detour-stale-cache.png");

        robot.clickOn("#detour-cache-evict");
        robot.type(KeyCode.ENTER);
        assertTrue(fixture.waitForRun("cache-evict").result().correct());
        fixture.snapshot("detour-cache-evict.png");
    }
}
