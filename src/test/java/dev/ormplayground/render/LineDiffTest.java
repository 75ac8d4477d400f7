package dev.ormplayground.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void equalTextsHaveNoChanges() {
        LineDiff diff = LineDiff.between("a\nb\nc", "a\nb\nc");
        assertTrue(diff.isEmpty());
        assertEquals(0, diff.addedCount());
        assertEquals(0, diff.removedCount());
        assertTrue(diff.firstAdded().isEmpty());
    }

    @Test
    void anInsertedLineIsAddedAndNothingIsRemoved() {
        LineDiff diff = LineDiff.between("a\nb\nc", "a\nb\nnew\nc");
        assertEquals(List.of(2), added(diff, 4));
        assertEquals(0, diff.removedCount());
        assertEquals(2, diff.firstAdded().getAsInt());
    }

    @Test
    void aChangedLineIsRemovedOnTheLeftAndAddedOnTheRight() {
        LineDiff diff = LineDiff.between("class A {\n  x = 1;\n}", "class A {\n  x = 2;\n}");
        assertTrue(diff.isRemoved(1));
        assertTrue(diff.isAdded(1));
        assertFalse(diff.isRemoved(0));
        assertFalse(diff.isAdded(2));
        assertEquals(1, diff.removedCount());
        assertEquals(1, diff.addedCount());
    }

    @Test
    void keepsTheLongestCommonSubsequence() {
        // LCS of ABCBDAB and BDCABA has length 4, so 3 old and 2 new lines are changes.
        LineDiff diff = LineDiff.between(List.of("A", "B", "C", "B", "D", "A", "B"),
                List.of("B", "D", "C", "A", "B", "A"));
        assertEquals(3, diff.removedCount());
        assertEquals(2, diff.addedCount());
    }

    @Test
    void trailingWhiteSpaceIsNoChange() {
        assertTrue(LineDiff.between("a  \nb", "a\nb\t").isEmpty());
    }

    @Test
    void fromNothingEveryLineIsAdded() {
        LineDiff diff = LineDiff.between(List.of(), List.of("x", "y"));
        assertEquals(List.of(0, 1), added(diff, 2));
        LineDiff gone = LineDiff.between(List.of("x", "y"), List.of());
        assertEquals(2, gone.removedCount());
    }

    @Test
    void linesAreSplitAsATextAreaNumbersThem() {
        assertEquals(List.of("a", "b", ""), LineDiff.lines("a\r\nb\n"));
    }

    private static final List<String> SOURCE = List.of(
            "package a;",                  // 0
            "",                            // 1
            "import b.C;",                 // 2
            "",                            // 3
            "/**",                         // 4
            " * What this level changes.", // 5
            " */",                         // 6
            "class Level {",               // 7
            "    int x = 1;",              // 8
            "}");                          // 9

    @Test
    void scrollsToAChangedLineOfCodeBeforeImportsAndComments() {
        assertEquals(8, LineDiff.firstWorthShowing(SOURCE, line -> line == 2 || line == 5 || line == 8));
    }

    @Test
    void scrollsToAChangedCommentWhenNoCodeChanged() {
        assertEquals(5, LineDiff.firstWorthShowing(SOURCE, line -> line == 2 || line == 5));
    }

    @Test
    void scrollsToTheCodeAfterTheImportsWhenNothingChanged() {
        assertEquals(4, LineDiff.firstWorthShowing(SOURCE, line -> false));
    }

    private static final List<String> LEVEL = List.of(
            "/** Counts in SQL. */",                         // 0
            "class Level {",                                 // 1
            "    record Count(long id, long n) {",          // 2
            "    }",                                         // 3
            "    String hql = \"{ not a brace }\";",        // 4
            "    List<Item> feed(Session s) {",              // 5
            "        var posts = s.find();",                 // 6
            "        var counts = s.count(\"}\");",         // 7
            "        return posts;",                         // 8
            "    }",                                         // 9
            "}");                                            // 10

    @Test
    void scrollsToTheFirstChangeInsideAMethodBeforeChangesAtClassLevel() {
        assertEquals(7, LineDiff.firstWorthShowing(LEVEL, line -> line == 0 || line == 2 || line == 4 || line == 7));
    }

    @Test
    void withNoChangeInAMethodTheFirstChangedCodeLeads() {
        assertEquals(2, LineDiff.firstWorthShowing(LEVEL, line -> line == 0 || line == 2 || line == 9));
    }

    @Test
    void aPythonFunctionBodyCountsAsAMethodBody() {
        List<String> view = List.of(
                "from .models import Post",  // 0
                "PAGE = 20",                 // 1
                "def feed(request):",        // 2
                "    posts = Post.objects",  // 3
                "    return posts",          // 4
                "",                          // 5
                "CACHE = None");             // 6
        assertEquals(4, LineDiff.firstWorthShowing(view, line -> line == 1 || line == 4 || line == 6));
        assertEquals(1, LineDiff.firstWorthShowing(view, line -> line == 1 || line == 6));
    }

    private static List<Integer> added(LineDiff diff, int lines) {
        return IntStream.range(0, lines).filter(diff::isAdded).boxed().toList();
    }
}
