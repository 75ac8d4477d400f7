package dev.ormplayground.ui.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.ui.common.Stylesheets;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every code editor does, in the level editor, by its keys: Enter indents (deeper after
 * a brace), the matching bracket is marked, Ctrl+/ comments lines out and back in, Ctrl+F finds
 * and counts, and Ctrl+Z / Ctrl+Y undo and redo, a level shown not undone into an empty editor.
 */
@ExtendWith(ApplicationExtension.class)
class EditorBasicsTest {

    static final String SOURCE = """
            public class MyFeed {
                String feed(Session session) {
                    String post = "a post (with a bracket";
                    return post.trim();
                }
            }
            """;

    private LevelEditor editor;
    private final AtomicInteger runs = new AtomicInteger();

    @Start
    void start(Stage stage) {
        editor = new LevelEditor(runs::incrementAndGet);
        Scene scene = new Scene(editor.view(), 900, 500);
        scene.getStylesheets().addAll(Stylesheets.window());
        stage.setScene(scene);
        stage.show();
        editor.show(SOURCE);
        editor.area().requestFocus();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(condition));
    }

    private CodeArea area() {
        return editor.area();
    }

    private void caretAt(int offset) throws Exception {
        fx(() -> {
            area().requestFocus();
            area().moveTo(offset);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL);
        robot.press(keys);
        robot.release(keys);
        robot.release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String line(int paragraph) throws Exception {
        return fx(() -> area().getParagraph(paragraph).getText());
    }

    @Test
    void enterKeepsTheIndentAndGoesOneLevelDeeperAfterABrace(FxRobot robot) throws Exception {
        int afterBrace = SOURCE.indexOf("{", SOURCE.indexOf("feed(")) + 1;
        caretAt(afterBrace);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("        ", line(2), "one level deeper than the method's line");
        assertEquals(afterBrace + 1 + 8, (int) fx(() -> area().getCaretPosition()));

        int endOfReturn = fx(() -> area().getText().indexOf("post.trim();") + "post.trim();".length());
        caretAt(endOfReturn);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        int paragraph = fx(() -> area().getCurrentParagraph());
        assertEquals("        ", line(paragraph), "the same indent as the line before");

        robot.write("}");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("    }", line(paragraph), "a closing brace on a blank line goes one level out");
        assertEquals(0, runs.get(), "Enter is not Ctrl+Enter");
        shortcut(robot, KeyCode.ENTER);
        assertEquals(1, runs.get(), "Ctrl+Enter still runs");
    }

    @Test
    void theBracketMatchingTheCaretsIsMarkedNotOneInAString() throws Exception {
        int open = SOURCE.indexOf("(Session");
        int close = SOURCE.indexOf(") {");
        caretAt(open); // at the bracket
        waitUntil(() -> area().getStyleOfChar(open).contains(LevelEditor.BRACKET_MATCH)
                && area().getStyleOfChar(close).contains(LevelEditor.BRACKET_MATCH));
        caretAt(close + 1); // just after the other one
        assertTrue(fx(() -> area().getStyleOfChar(open).contains(LevelEditor.BRACKET_MATCH)));

        int classOpen = SOURCE.indexOf("{");
        int classClose = SOURCE.lastIndexOf("}");
        caretAt(classOpen + 1);
        waitUntil(() -> area().getStyleOfChar(classClose).contains(LevelEditor.BRACKET_MATCH));
        assertFalse(fx(() -> area().getStyleOfChar(open).contains(LevelEditor.BRACKET_MATCH)), "the last pair unmarked");

        int inString = SOURCE.indexOf("(with");
        caretAt(inString);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> area().getStyleOfChar(inString).contains(LevelEditor.BRACKET_MATCH)),
                "a bracket in a string is text");
        assertFalse(fx(() -> area().getStyleOfChar(classClose).contains(LevelEditor.BRACKET_MATCH)));
        assertEquals(new BracketMatch.Pair(close, open), BracketMatch.at(SOURCE, close));
        assertNull(BracketMatch.at(SOURCE, inString + 1), "nor next to it");
        assertNull(BracketMatch.at("x(); // (", 9), "nor one in a comment");
    }

    @Test
    void ctrlSlashCommentsTwoLinesAndUncommentsThemKeepingTheSelection(FxRobot robot) throws Exception {
        int from = SOURCE.indexOf("String post");
        int to = SOURCE.indexOf("trim()");
        fx(() -> {
            area().requestFocus();
            area().selectRange(from, to);
            return null;
        });
        String selected = fx(() -> area().getSelectedText());
        shortcut(robot, KeyCode.SLASH);
        assertEquals("        // String post = \"a post (with a bracket\";", line(2));
        assertEquals("        // return post.trim();", line(3));
        assertEquals("    String feed(Session session) {", line(1), "the lines around untouched");
        assertEquals(selected.replace("\n        return", "\n        // return"), fx(() -> area().getSelectedText()),
                "the same text selected");

        shortcut(robot, KeyCode.SLASH);
        assertEquals(SOURCE, fx(() -> area().getText()), "uncommented again");
        assertEquals(selected, fx(() -> area().getSelectedText()));

        caretAt(SOURCE.indexOf("return"));
        shortcut(robot, KeyCode.SLASH);
        assertEquals("        // return post.trim();", line(3), "no selection: the caret's line");
        assertEquals("        String post = \"a post (with a bracket\";", line(2));
    }

    @Test
    void ctrlFFindsCountsAndGoesToTheNextMatch(FxRobot robot) throws Exception {
        caretAt(0);
        shortcut(robot, KeyCode.F);
        FindBar bar = editor.findBar();
        assertTrue(fx(bar::isVisible), "Ctrl+F opens the find bar");
        assertSame(bar.field(), fx(() -> area().getScene().getFocusOwner()), "the focus in its field");
        robot.write("post");
        WaitForAsyncUtils.waitForFxEvents();
        // "String post", "a post", "return post" (case ignored: none other)
        assertEquals("1 of 3", fx(bar::countText));
        int first = SOURCE.indexOf("post");
        assertEquals(first, (int) fx(() -> area().getSelection().getStart()), "the first match selected");
        waitUntil(() -> area().getStyleOfChar(first).contains(LevelEditor.FIND_CURRENT)
                && area().getStyleOfChar(SOURCE.indexOf("post", first + 1)).contains(LevelEditor.FIND_MATCH));

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 of 3", fx(bar::countText));
        assertEquals(SOURCE.indexOf("post", first + 1), (int) fx(() -> area().getSelection().getStart()));
        robot.type(KeyCode.F3);
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 3", fx(bar::countText), "past the last, the first again");
        robot.press(KeyCode.SHIFT).type(KeyCode.ENTER).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3 of 3", fx(bar::countText), "Shift+Enter: the one before");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(bar::isVisible), "Esc closes it");
        assertSame(area(), fx(() -> area().getScene().getFocusOwner()), "and the editor has the focus back");
        assertFalse(fx(() -> area().getStyleOfChar(first).contains(LevelEditor.FIND_MATCH)
                || area().getStyleOfChar(first).contains(LevelEditor.FIND_CURRENT)), "no marks left");
    }

    @Test
    void undoThenRedoAndAShownLevelIsNotUndoneIntoAnEmptyEditor(FxRobot robot) throws Exception {
        caretAt(SOURCE.indexOf("return"));
        shortcut(robot, KeyCode.Z);
        assertEquals(SOURCE, fx(() -> area().getText()), "nothing to undo after show(text)");

        shortcut(robot, KeyCode.SLASH);
        String commented = fx(() -> area().getText());
        assertTrue(commented.contains("// return"), commented);
        shortcut(robot, KeyCode.Z);
        assertEquals(SOURCE, fx(() -> area().getText()), "Ctrl+Z undoes");
        shortcut(robot, KeyCode.Y);
        assertEquals(commented, fx(() -> area().getText()), "Ctrl+Y redoes");
        shortcut(robot, KeyCode.Z);
        assertEquals(SOURCE, fx(() -> area().getText()));
        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(commented, fx(() -> area().getText()), "Ctrl+Shift+Z redoes too");

        fx(() -> {
            editor.show("class Other {\n}\n");
            return null;
        });
        shortcut(robot, KeyCode.Z);
        assertEquals("class Other {\n}\n", fx(() -> area().getText()), "a level shown is where undo stops");
    }
}
