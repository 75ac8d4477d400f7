package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.ladder.LevelSource;
import dev.ormplayground.render.LineDiff;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * "Changes only" folds every longer run of unchanged lines into one marker, so a level's whole
 * change fits on a projector screen; a click on a marker opens its lines again.
 */
@ExtendWith(ApplicationExtension.class)
class ChangesOnlyTest {

    private static final Pattern MARKER = Pattern.compile("… (\\d+) unchanged lines");

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    @Test
    void foldsTheUnchangedRunsAndAClickOpensOne(FxRobot robot) throws Exception {
        robot.type(KeyCode.DIGIT3);
        String source = LevelSource.of(fixture.session.ladder().byId("aggregate"));
        int fileLines = LineDiff.lines(source.replace("\r\n", "\n")).size();
        CodeArea area = fx(() -> (CodeArea) fixture.window.scene().lookup("#currentCode-aggregate"));
        assertEquals(fileLines, fx(area::getParagraphs).size(), "the whole file, at first");

        robot.clickOn("#changesOnlyCode-aggregate");
        waitUntil(() -> fixture.window.code().changesOnlyProperty().get());
        int folded = fx(() -> area.getParagraphs().size());
        List<String> markers = fx(() -> area.getParagraphs().stream().map(p -> p.getText())
                .filter(text -> MARKER.matcher(text).find()).toList());
        assertTrue(!markers.isEmpty() && folded < fileLines, folded + " of " + fileLines + " lines: " + markers);
        int hidden = markers.stream().mapToInt(ChangesOnlyTest::hidden).sum();
        assertEquals(fileLines, folded - markers.size() + hidden, "every line is shown or counted in a marker");
        fixture.snapshot("changes-only.png");

        int marker = fx(() -> indexOf(area, markers.get(0)));
        robot.clickOn(area).type(KeyCode.HOME); // focus the area, then click the first marker
        fx(() -> {
            area.moveTo(marker, 0);
            area.showParagraphAtTop(marker);
            return null;
        });
        robot.clickOn(fx(() -> area.getParagraphBoundsOnScreen(marker).orElseThrow()).getCenterX(),
                fx(() -> area.getParagraphBoundsOnScreen(marker).orElseThrow()).getCenterY());
        waitUntil(() -> area.getParagraphs().size() == folded - 1 + hidden(markers.get(0)));

        robot.clickOn("#changesOnlyCode-aggregate");
        waitUntil(() -> area.getParagraphs().size() == fileLines);
    }

    private static int hidden(String marker) {
        Matcher count = MARKER.matcher(marker);
        assertTrue(count.find(), marker);
        return Integer.parseInt(count.group(1));
    }

    private static int indexOf(CodeArea area, String text) {
        for (int i = 0; i < area.getParagraphs().size(); i++) {
            if (area.getParagraphs().get(i).getText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph " + text);
    }
}
