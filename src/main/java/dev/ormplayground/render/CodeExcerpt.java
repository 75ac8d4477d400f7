package dev.ormplayground.render;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * The window of a level's source worth showing on a card: the run of lines, of a given
 * height, holding the most changed lines that are not imports (the import block changes with
 * every level and says little).
 *
 * @param first  the first line shown, from 0
 * @param count  how many lines are shown
 */
record CodeExcerpt(int first, int count) {

    static CodeExcerpt of(List<String> lines, IntPredicate changed, int height) {
        int count = Math.min(height, lines.size());
        int bestStart = firstCodeLine(lines, count);
        int bestScore = -1;
        for (int start = 0; start + count <= lines.size(); start++) {
            int score = 0;
            for (int i = start; i < start + count; i++) {
                if (changed.test(i) && !isPreamble(lines.get(i))) {
                    score++;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                bestStart = score == 0 ? bestStart : start;
            }
        }
        return new CodeExcerpt(bestStart, count);
    }

    /** Without changes to show, start where the class begins rather than at the imports. */
    private static int firstCodeLine(List<String> lines, int count) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("/**") || lines.get(i).startsWith("public ")) {
                return Math.min(i, Math.max(0, lines.size() - count));
            }
        }
        return 0;
    }

    private static boolean isPreamble(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("import ") || trimmed.startsWith("package ") || trimmed.isEmpty();
    }
}
