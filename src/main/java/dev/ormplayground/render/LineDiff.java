package dev.ormplayground.render;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/**
 * Which lines changed between two versions of a text, by the longest common subsequence of
 * their lines: a line of the old text outside it was removed, a line of the new text outside it
 * was added. Trailing white space does not count as a change. Pure: no JavaFX.
 */
public final class LineDiff {

    private final BitSet removed;
    private final BitSet added;

    private LineDiff(BitSet removed, BitSet added) {
        this.removed = removed;
        this.added = added;
    }

    /** Splits both texts into lines (on {@code \n}) and compares them. */
    public static LineDiff between(String oldText, String newText) {
        return between(lines(oldText), lines(newText));
    }

    public static LineDiff between(List<String> oldLines, List<String> newLines) {
        String[] a = oldLines.stream().map(String::stripTrailing).toArray(String[]::new);
        String[] b = newLines.stream().map(String::stripTrailing).toArray(String[]::new);

        // Lines equal at both ends are common without a table; the table covers the middle.
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) {
            suffix++;
        }
        String[] oldMiddle = Arrays.copyOfRange(a, prefix, a.length - suffix);
        String[] newMiddle = Arrays.copyOfRange(b, prefix, b.length - suffix);

        // common[i][j]: length of the LCS of oldMiddle[i..] and newMiddle[j..]
        int[][] common = new int[oldMiddle.length + 1][newMiddle.length + 1];
        for (int i = oldMiddle.length - 1; i >= 0; i--) {
            for (int j = newMiddle.length - 1; j >= 0; j--) {
                common[i][j] = oldMiddle[i].equals(newMiddle[j])
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }

        BitSet removed = new BitSet();
        BitSet added = new BitSet();
        int i = 0;
        int j = 0;
        while (i < oldMiddle.length && j < newMiddle.length) {
            if (oldMiddle[i].equals(newMiddle[j])) {
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                removed.set(prefix + i++);
            } else {
                added.set(prefix + j++);
            }
        }
        while (i < oldMiddle.length) {
            removed.set(prefix + i++);
        }
        while (j < newMiddle.length) {
            added.set(prefix + j++);
        }
        return new LineDiff(removed, added);
    }

    /** The lines of a text as a text area numbers them: split on {@code \n}, a final empty line kept. */
    public static List<String> lines(String text) {
        return List.of(text.replace("\r\n", "\n").split("\n", -1));
    }

    /**
     * The first changed line worth showing: the first changed line inside a method (or Python
     * function) body, where a level's change is; else the first changed line of code; else the
     * first changed comment; else the first line after the imports. Imports change with every
     * level but say little, and every level's class comment differs, so neither leads.
     */
    public static int firstWorthShowing(List<String> lines, IntPredicate changed) {
        boolean[] inBody = MethodBodies.of(lines);
        int firstComment = -1;
        int firstCode = -1;
        int firstChangedCode = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("import ") || line.startsWith("package ") || line.startsWith("from ")) {
                continue;
            }
            boolean comment = line.startsWith("/*") || line.startsWith("*") || line.startsWith("//")
                    || line.startsWith("#");
            if (firstCode < 0) {
                firstCode = i;
            }
            if (changed.test(i)) {
                if (!comment && inBody[i]) {
                    return i;
                }
                if (!comment && firstChangedCode < 0) {
                    firstChangedCode = i;
                }
                if (comment && firstComment < 0) {
                    firstComment = i;
                }
            }
        }
        return firstChangedCode >= 0 ? firstChangedCode : firstComment >= 0 ? firstComment : Math.max(0, firstCode);
    }

    /** Whether this line (from 0) of the old text is gone in the new one. */
    public boolean isRemoved(int oldLine) {
        return removed.get(oldLine);
    }

    /** Whether this line (from 0) of the new text is not in the old one. */
    public boolean isAdded(int newLine) {
        return added.get(newLine);
    }

    public int removedCount() {
        return removed.cardinality();
    }

    public int addedCount() {
        return added.cardinality();
    }

    public OptionalInt firstRemoved() {
        int first = removed.nextSetBit(0);
        return first < 0 ? OptionalInt.empty() : OptionalInt.of(first);
    }

    public OptionalInt firstAdded() {
        int first = added.nextSetBit(0);
        return first < 0 ? OptionalInt.empty() : OptionalInt.of(first);
    }

    public boolean isEmpty() {
        return removed.isEmpty() && added.isEmpty();
    }

    @Override
    public String toString() {
        return "LineDiff[removed=" + removed + ", added=" + added + "]";
    }
}
