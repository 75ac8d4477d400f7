package dev.ormplayground.ui.challenge;

import dev.ormplayground.render.LineDiff;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The reference solution as a diff against the learner's code: each line of the solution, a
 * line the learner lacks marked {@code +}, a line of theirs it does without shown struck as {@code -}.
 */
final class SolutionDiff {

    private SolutionDiff() {
    }

    static VBox of(String mine, String solution) {
        List<String> ours = LineDiff.lines(mine);
        List<String> theirs = LineDiff.lines(solution);
        LineDiff diff = LineDiff.between(ours, theirs);
        VBox lines = new VBox();
        lines.setId("challengeSolutionDiff");
        lines.getStyleClass().add("solution-diff");
        Label caption = new Label("The solution against your code: + lines it has, - lines of yours it does without ("
                + diff.addedCount() + " added, " + diff.removedCount() + " removed)");
        caption.setWrapText(true);
        caption.getStyleClass().add("challenge-note");
        lines.getChildren().add(caption);
        int mineAt = 0;
        for (int i = 0; i < theirs.size(); i++) {
            while (mineAt < ours.size() && diff.isRemoved(mineAt)) {
                lines.getChildren().add(line("- " + ours.get(mineAt++), "diff-removed"));
            }
            if (diff.isAdded(i)) {
                lines.getChildren().add(line("+ " + theirs.get(i), "diff-added"));
            } else {
                lines.getChildren().add(line("  " + theirs.get(i), "diff-same"));
                mineAt++;
            }
        }
        while (mineAt < ours.size()) {
            lines.getChildren().add(line("- " + ours.get(mineAt++), "diff-removed"));
        }
        return lines;
    }

    private static Label line(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().addAll("diff-line", styleClass);
        return label;
    }
}
