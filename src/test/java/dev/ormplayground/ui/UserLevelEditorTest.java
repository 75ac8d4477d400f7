package dev.ormplayground.ui;

import static dev.ormplayground.ui.WindowFixture.fx;
import static dev.ormplayground.ui.WindowFixture.text;
import static dev.ormplayground.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.play.UserLevelStore;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.session.UserLevel;
import dev.ormplayground.ui.work.RunView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A level copied into the editor, changed and run with Ctrl+Enter: its statements, badges and
 * correctness like any level's; a compile error marked at its line with nothing run; a level that
 * throws named at its line; one that never stops abandoned; and the level back at the next start.
 */
@ExtendWith(ApplicationExtension.class)
class UserLevelEditorTest {

    private static final String ID = "my-fetch-join-feed";
    private static final String LIKES_QUERY = """
                    Map<Long, Long> likesByPost = session.createSelectionQuery(\"""
                                    from PostLike l
                                    where l.post.id in :postIds\""", PostLike.class)
                            .setParameter("postIds", postIds)
                            .getResultStream()
                            .collect(groupingBy(l -> l.getPost().getId(), counting()));
            """;

    @RegisterExtension
    final WindowFixture fixture = WindowFixture.sample();

    private CodeArea editor(FxRobot robot) {
        return robot.lookup("#editor-" + ID).queryAs(CodeArea.class);
    }

    /** Puts {@code text} in the editor as typing would, then presses Ctrl+Enter in it. */
    private void typeAndRun(FxRobot robot, String text) throws Exception {
        CodeArea editor = editor(robot);
        fx(() -> {
            editor.replaceText(text);
            editor.requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
    }

    /** The window at this size and font: the editor and its Run button are on screen, inside the window, some lines tall. */
    private void lookAt(FxRobot robot, double width, double height, double fontPx, String picture) throws Exception {
        fixture.sizeTo(robot, width, height, fontPx);
        WindowFixture.waitForPulses(4);
        for (String id : new String[] {"#editor-" + ID, "#runUserLevel"}) {
            javafx.geometry.Bounds bounds = fx(() -> {
                Node node = fixture.window.scene().lookup(id);
                for (Node up = node; up != null; up = up.getParent()) {
                    assertTrue(up.isVisible(), id + " is hidden by " + up + " at " + width + "x" + height + ", " + fontPx + " px");
                }
                return node.localToScene(node.getBoundsInLocal());
            });
            assertTrue(bounds.getMinX() >= 0 && bounds.getMaxX() <= width + 1 && bounds.getMinY() >= 0
                    && bounds.getMaxY() <= height + 1, id + " inside the window: " + bounds);
            assertTrue(bounds.getHeight() >= (id.startsWith("#editor") ? 4 * fontPx : fontPx), id + " readable: " + bounds);
        }
        if (picture != null) {
            fixture.snapshot(picture);
        }
    }

    private UserLevel userLevel() throws Exception {
        return fx(() -> fixture.session.userLevels().byId(ID).orElseThrow());
    }

    @Test
    void aCopyChangedInTheEditorRunsComparedAndComesBackNextTime(FxRobot robot) throws Exception {
        fixture.waitUntilWarm();
        robot.type(KeyCode.DIGIT2);
        robot.clickOn("#editCopy-fetch-join");
        waitUntil(() -> robot.lookup("#editor-" + ID).tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(robot.lookup("#userLevel-" + ID).tryQuery().isPresent(), "on the third shelf");
        String copy = fx(() -> editor(robot).getText());
        assertTrue(copy.contains("public class MyFetchJoinFeed implements FeedLevel") && copy.contains(LIKES_QUERY),
                copy);

        // Without its likes query: one statement fewer, and the check says the like counts differ.
        String withoutLikes = copy.replace(LIKES_QUERY, "").replace("likesByPost.getOrDefault(post.getId(), 0L)", "0L");
        typeAndRun(robot, withoutLikes);
        RunView mine = fixture.waitForRun(ID);
        assertEquals(2, mine.result().queries(), "fetch-join's 3 queries without the likes one");
        assertFalse(mine.result().correct());
        assertTrue(text(robot, "#correctNote").contains("likes instead of"), text(robot, "#correctNote"));
        assertEquals("2", text(robot, "#queriesValue"));
        assertEquals(2, mine.lineCosts().size(), "its two query lines");
        assertTrue(mine.lineCosts().stream().allMatch(line -> line.count() == 1 && !line.nPlusOne()));
        assertFalse(robot.lookup("#editor-" + ID).lookup(".line-badge-sent").queryAll().isEmpty(),
                "a grey ×1 badge in the editor's gutter (only the lines on screen have one)");
        assertTrue(mine.result().sources().stream().allMatch(s -> s.file().equals("MyFetchJoinFeed.java")
                && s.code().startsWith("List<") || s.code().startsWith("Map<")), () -> "" + mine.result().sources());
        waitUntil(() -> fx(() -> fixture.window.scene().lookup("#baseline-" + ID).lookupAll(".removed").size()) >= 6);
        fixture.snapshot("user-level-1280.png");
        lookAt(robot, 1280, 720, 16, "user-level-ctrl-twice.png");
        lookAt(robot, 1280, 720, 26, "user-level-200.png");
        lookAt(robot, 1920, 1080, 13, "user-level-fullhd.png");
        lookAt(robot, 1280, 720, 13, null);

        // A compile error: marked at its line, listed, and nothing runs.
        int runsBefore = fx(() -> fixture.session.lastRunProperty().get().runNumber());
        String broken = withoutLikes.replace("List<FeedItem> feed = new ArrayList<>();",
                "List<FeedItem> feed = new ArrayList<>();\n        int oops = \"three\";");
        int brokenLine = (int) broken.substring(0, broken.indexOf("int oops")).lines().count();
        typeAndRun(robot, broken);
        waitUntil(() -> fx(() -> userLevel().problems().size()) == 1);
        assertEquals(brokenLine, fx(() -> userLevel().problems().get(0).line()));
        waitUntil(() -> robot.lookup("#problemLine-" + brokenLine).tryQuery().isPresent()); // scrolled to, marked
        assertTrue(text(robot, "#errorMessage").startsWith("MyFetchJoinFeed.java does not compile (1 problem), so"
                + " nothing ran. Line " + brokenLine + ": incompatible types"), text(robot, "#errorMessage"));
        assertEquals(1, fx(() -> userLevel().problems().size()));
        assertEquals(runsBefore, fx(() -> fixture.session.lastRunProperty().get().runNumber()), "nothing ran");
        fixture.snapshot("user-level-compile-error.png");

        // A level that throws: the banner names its line; the next run works.
        String throwing = withoutLikes.replace("List<FeedItem> feed = new ArrayList<>();",
                "List<FeedItem> feed = new ArrayList<>();\n        if (feed.isEmpty()) throw new IllegalStateException(\"on purpose\");");
        int throwingLine = (int) throwing.substring(0, throwing.indexOf("if (feed.isEmpty())")).lines().count();
        typeAndRun(robot, throwing);
        waitUntil(() -> String.valueOf(text(robot, "#errorMessage")).startsWith("The run failed: Your level failed at MyFetchJoinFeed.java:" + throwingLine + " (if (feed.isEmpty())"));
        assertTrue(text(robot, "#errorMessage").contains("IllegalStateException: on purpose"), text(robot, "#errorMessage"));
        assertEquals(0, fx(() -> userLevel().problems().size()), "it compiled: no marks left");
        typeAndRun(robot, withoutLikes);
        assertEquals(2, fixture.waitForRun(ID).result().queries());

        // Saved in the user's folder, and back on the shelf of the next window.
        Path saved = fx(() -> fixture.session.userLevels().folder()).resolve("MyFetchJoinFeed.java");
        waitUntil(() -> Files.isRegularFile(saved) && Files.readString(saved, StandardCharsets.UTF_8).equals(withoutLikes));
        PlaygroundSession next = fx(() -> new PlaygroundSession(Ladder.standard(), Playground::open, 0,
                new UserLevelStore(saved.getParent())));
        try {
            waitUntil(() -> fx(() -> next.userLevels().byId(ID).map(l -> l.textProperty().get().equals(withoutLikes)
                    && l.origin().id().equals("fetch-join")).orElse(false)));
        } finally {
            fx(() -> {
                next.close();
                return null;
            });
        }
    }

    @Test
    void aMisspeltEntityIsMarkedAtItsQueryAndNothingRuns(FxRobot robot) throws Exception {
        fixture.waitUntilWarm();
        robot.clickOn("#editCopy-naive");
        String id = "my-naive-feed";
        waitUntil(() -> robot.lookup("#editor-" + id).tryQuery().map(Node::isVisible).orElse(false));
        CodeArea editor = robot.lookup("#editor-" + id).queryAs(CodeArea.class);
        String misspelt = fx(editor::getText).replaceFirst("from Post p", "from Postt p");
        int queryLine = (int) misspelt.substring(0, misspelt.indexOf("createSelectionQuery(\"\"\"")).lines().count();
        dev.ormplayground.play.LevelCompiler.compile("MyNaiveFeed.java", misspelt); // Java is happy with it
        RunView before = fx(() -> fixture.session.lastRunProperty().get());
        fx(() -> {
            editor.replaceText(misspelt);
            editor.requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        UserLevel level = fx(() -> fixture.session.userLevels().byId(id).orElseThrow());
        waitUntil(() -> level.problems().size() == 1 && !fixture.session.runningProperty().get());
        assertEquals(queryLine, fx(() -> level.problems().get(0).line()), "the line the query starts on");
        assertEquals("Could not resolve root entity 'Postt'", fx(() -> level.problems().get(0).message()));
        waitUntil(() -> robot.lookup("#problemLine-" + queryLine).tryQuery().isPresent()); // marked as a compile error is
        assertTrue(text(robot, "#errorMessage").startsWith("MyNaiveFeed.java compiles, but Hibernate rejects its HQL"
                + " (1 problem), so nothing ran. Line " + queryLine + ": Could not resolve root entity 'Postt'"),
                text(robot, "#errorMessage"));
        assertSame(before, fx(() -> fixture.session.lastRunProperty().get()), "nothing ran");
        assertFalse(fx(() -> fixture.session.queriesByLevel().containsKey(id)), "no run of it counted");
        fixture.snapshot("user-level-hql-error.png");

        fx(() -> {
            editor.replaceText(misspelt.replace("from Postt p", "from Post p"));
            return null;
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertTrue(fixture.waitForRun(id).result().queries() > 0, "fixed, it runs");
        assertEquals(0, fx(() -> level.problems().size()), "and its mark is gone");

        // The Run view's editor with its find bar open and a bracket marked, at 1280 x 720.
        fixture.sizeTo(robot, 1280, 720, 13);
        fx(() -> {
            editor.requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("post");
        waitUntil(() -> fx(() -> editor.getScene().lookup(".find-count") instanceof javafx.scene.control.Label count
                && count.getText().matches("\\d+ of \\d+")));
        int open = fx(() -> editor.getText().indexOf("createSelectionQuery(") + "createSelectionQuery".length());
        fx(() -> {
            editor.moveTo(open);
            editor.showParagraphAtCenter(editor.getCurrentParagraph());
            return null;
        });
        waitUntil(() -> editor.getStyleOfChar(open).contains("bracket-match"));
        assertTrue(fx(() -> editor.getScene().lookup(".find-bar").isVisible()));
        fixture.snapshot("user-level-find-bracket.png");
    }

    @Test
    void aLevelThatNeverStopsIsAbandonedAndTheNextRunWorks(FxRobot robot) throws Exception {
        fixture.waitUntilWarm();
        robot.clickOn("#editCopy-naive");
        String id = "my-naive-feed";
        waitUntil(() -> robot.lookup("#editor-" + id).tryQuery().map(Node::isVisible).orElse(false));
        CodeArea editor = robot.lookup("#editor-" + id).queryAs(CodeArea.class);
        String copy = fx(editor::getText);
        // Sends no statement, so Esc cannot stop it at one; the abandon's interrupt ends it.
        String loops = copy.replaceFirst("(public List<FeedItem> buildFeed\\(Session session, int pageSize\\) \\{)",
                "$1\n        while (true) {\n            try {\n                Thread.sleep(20);\n            } catch (InterruptedException e) {\n"
                        + "                return List.of();\n            }\n        }\n    }\n\n    public List<FeedItem> unused(Session session, int pageSize) {");
        dev.ormplayground.play.LevelCompiler.compile("MyNaiveFeed.java", loops); // it compiles: it is the loop that is wrong
        fx(() -> {
            editor.replaceText(loops);
            editor.requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> Thread.getAllStackTraces().values().stream().anyMatch(stack -> java.util.Arrays.stream(stack)
                .anyMatch(frame -> frame.getClassName().equals("my.levels.MyNaiveFeed")))); // its loop is running
        robot.type(KeyCode.ESCAPE);
        try {
            waitUntil(20, () -> robot.lookup("#abandonRun").tryQuery().map(Node::isVisible).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no abandon button; banner: " + text(robot, "#errorMessage") + "; status: "
                    + text(robot, "#status"), e);
        }
        assertTrue(text(robot, "#errorMessage").startsWith("MyNaiveFeed does not stop"), text(robot, "#errorMessage"));

        robot.clickOn("#abandonRun");
        waitUntil(() -> !robot.lookup("#errorBanner").query().isVisible());
        robot.type(KeyCode.DIGIT3);
        robot.type(KeyCode.ENTER);
        assertTrue(fixture.waitForRun("aggregate").result().correct(), "a fresh run thread runs the next level");
    }
}
