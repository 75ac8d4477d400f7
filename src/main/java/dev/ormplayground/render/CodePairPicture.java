package dev.ormplayground.render;

import dev.ormplayground.export.ExportFooter;
import dev.ormplayground.format.Words;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Two versions of a level's code side by side, as the window's code pair sets them: the lines
 * gone from the left one marked red, the lines new in the right one marked green, each side
 * showing the stretch that holds most of its changes.
 */
public final class CodePairPicture extends VBox {

    /** The code lines that fit a side of a picture this high, in the bundled mono font. */
    public static int linesFor(double height) {
        return (int) Math.max(8, (height - 215) / 17.6);
    }

    public CodePairPicture(String leftTitle, String leftCode, String rightTitle, String rightCode, int lines,
                           ExportFooter footer) {
        getStyleClass().addAll("picture", "code-picture");
        List<String> left = LineDiff.lines(leftCode);
        List<String> right = LineDiff.lines(rightCode);
        LineDiff diff = LineDiff.between(left, right);
        Label title = new Label(PictureSentences.capitalized(rightTitle) + " beside " + leftTitle);
        title.getStyleClass().add("title");
        Label subtitle = new Label(diff.isEmpty() ? "The same code: nothing changed"
                : Words.count(diff.removedCount(), "line", "lines") + " gone, "
                        + Words.count(diff.addedCount(), "line", "lines") + " new or changed");
        subtitle.getStyleClass().add("subtitle");
        CodeExcerpt rightPart = CodeExcerpt.of(right, diff::isAdded, lines);
        CodeExcerpt leftPart = diff.firstRemoved().isPresent() ? CodeExcerpt.of(left, diff::isRemoved, lines)
                : new CodeExcerpt(Math.max(0, Math.min(rightPart.first(), left.size() - lines)), Math.min(lines, left.size()));
        VBox leftSide = side(leftTitle, left, leftPart, diff::isRemoved, "code-removed");
        VBox rightSide = side(rightTitle, right, rightPart, diff::isAdded, "code-added");
        HBox.setHgrow(leftSide, Priority.ALWAYS);
        HBox.setHgrow(rightSide, Priority.ALWAYS);
        leftSide.prefWidthProperty().bind(widthProperty().multiply(0.5));
        rightSide.prefWidthProperty().bind(widthProperty().multiply(0.5));
        HBox body = new HBox(18, leftSide, rightSide);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(new VBox(2, title, subtitle), body);
        if (footer != null) {
            getChildren().add(new FooterLabel(footer));
        }
        setAccessibleText("Code of " + rightTitle + " beside " + leftTitle + ": " + subtitle.getText() + ".");
    }

    private static VBox side(String title, List<String> lines, CodeExcerpt part, IntPredicate changed, String mark) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section");
        VBox side = new VBox(0, heading);
        side.getStyleClass().add("panel");
        side.setMinWidth(0);
        // The indent every shown line shares says nothing and costs a narrow side its width.
        int indent = lines.subList(part.first(), part.first() + part.count()).stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        for (int i = part.first(); i < part.first() + part.count(); i++) {
            String text = lines.get(i).length() >= indent ? lines.get(i).substring(indent) : lines.get(i).strip();
            Label line = new Label(String.format(Locale.ROOT, "%3d  %s", i + 1, text));
            line.getStyleClass().add("code");
            line.setMinWidth(0);
            line.setMaxWidth(Double.MAX_VALUE);
            if (changed.test(i)) {
                line.getStyleClass().add(mark);
            }
            side.getChildren().add(line);
        }
        return side;
    }
}
