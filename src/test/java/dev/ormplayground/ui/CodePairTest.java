package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The code pair opens on what a learner should read: the change inside the method, not the
 * imports and the class comment; and beside level 1, the article's own naive code.
 */
@ExtendWith(ApplicationExtension.class)
class CodePairTest {

    /** The code views scroll so that the line they open on has this many lines of context above it. */
    private static final int CONTEXT_LINES = 2;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    @Test
    void beforeLevelOneStandsTheArticlesNaiveCodeAndWhatTheLevelIsFor(FxRobot robot) throws Exception {
        String ported = fixture.shownCode(robot, "previousCode");
        assertTrue(ported.contains("def feed(request):") && ported.contains("{{ post.author.name }}"),
                "the article's view and template: " + ported);
        assertTrue(ported.contains("Press 2"), "and where to go next: " + ported);

        robot.clickOn("Django: the article's code");
        String standsFor = fixture.shownCode(robot, "previousDjango");
        assertTrue(standsFor.startsWith("/**") && standsFor.contains("N+1"), "the level's own comment: " + standsFor);
        fixture.snapshot("code-level-1-django.png");
    }

    @Test
    void bothSidesOpenOnTheFirstChangeInsideTheMethod(FxRobot robot) throws Exception {
        robot.type(KeyCode.DIGIT3);
        assertOpensOnAChangedMethodLine("currentCode-aggregate", "added");
        assertOpensOnAChangedMethodLine("previousCode-aggregate", "removed");
        fixture.snapshot("code-opens-on-the-change.png");
    }

    private void assertOpensOnAChangedMethodLine(String id, String mark) throws Exception {
        CodeArea area = fx(() -> (CodeArea) fixture.window.scene().lookup("#" + id));
        waitUntil(() -> area.isVisible() && area.firstVisibleParToAllParIndex() > 0);
        int line = fx(() -> area.firstVisibleParToAllParIndex()) + CONTEXT_LINES;
        String text = fx(() -> area.getParagraph(line).getText());
        assertTrue(fx(() -> area.getParagraph(line).getParagraphStyle().contains(mark)), id + " line " + (line + 1)
                + " is " + mark + ": " + text);
        assertTrue(text.startsWith("        ") && !text.strip().startsWith("*"),
                id + " line " + (line + 1) + " lies inside a method: " + text);
    }
}
