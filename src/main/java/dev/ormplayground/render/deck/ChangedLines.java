package dev.ormplayground.render.deck;

import dev.ormplayground.render.LineDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * A level's change against the level before as a reader follows it: the removed and added lines
 * of code only (no imports, comments or class name), in their order, each marked {@code -} or
 * {@code +}, with their common indent taken off.
 */
record ChangedLines(List<String> lines, int hidden) {

    /** At most {@code max} lines of the change from {@code before} to {@code after}; {@code hidden} says how many did not fit. */
    static ChangedLines between(String before, String after, int max) {
        List<String> old = LineDiff.lines(before);
        List<String> now = LineDiff.lines(after);
        LineDiff diff = LineDiff.between(old, now);
        List<String> marked = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < old.size() || j < now.size()) {
            if (i < old.size() && diff.isRemoved(i)) {
                marked.add("-" + old.get(i++));
            } else if (j < now.size() && diff.isAdded(j)) {
                marked.add("+" + now.get(j++));
            } else {
                i++;
                j++;
            }
        }
        marked.removeIf(line -> !code(line.substring(1)));
        int indent = marked.stream().mapToInt(line -> indent(line.substring(1))).min().orElse(0);
        List<String> shown = marked.stream().limit(max)
                .map(line -> line.charAt(0) + " " + line.substring(1 + indent)).toList();
        return new ChangedLines(shown, marked.size() - shown.size());
    }

    /** A line of the code that runs: not blank, an import, a comment or the class's own name. */
    private static boolean code(String line) {
        String text = line.strip();
        return !text.isEmpty() && !text.startsWith("import ") && !text.startsWith("package ") && !text.startsWith("/*")
                && !text.startsWith("*") && !text.startsWith("//") && !text.matches("public (final )?class \\w+.*");
    }

    private static int indent(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }
}
