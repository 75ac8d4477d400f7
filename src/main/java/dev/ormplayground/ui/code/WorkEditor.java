package dev.ormplayground.ui.code;

import dev.ormplayground.play.CompileProblem;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * The editor of a challenge's working place: the Run view's level editor (highlighting, the
 * lines changed from the starter marked, problems at their lines, find, comment, indent), with
 * Ctrl+Enter asking for a check. The text is the learner's; the caller keeps it.
 */
public final class WorkEditor {

    private final LevelEditor editor;
    private final Node view;

    /** {@code onCheck} runs on Ctrl+Enter; {@code onEdit} gets the text after each change. */
    public WorkEditor(Runnable onCheck, Consumer<String> onEdit) {
        editor = new LevelEditor(onCheck);
        editor.area().setId("challengeEditor");
        editor.area().textProperty().addListener((obs, old, text) -> onEdit.accept(text));
        view = editor.view();
    }

    /** The editor as placed in a layout. */
    public Node node() {
        return view;
    }

    /** Shows {@code text}, with the lines that differ from {@code starter} marked; the undo history starts here. */
    public void show(String text, String starter) {
        editor.compareWith(starter, () -> { });
        editor.show(text);
    }

    /** Replaces the text as an edit (a file saved outside): it can be undone. */
    public void replace(String text) {
        if (!text.equals(editor.text())) {
            editor.area().replaceText(text);
        }
    }

    public String text() {
        return editor.text();
    }

    public void problems(List<CompileProblem> problems) {
        editor.problems(problems);
    }

    public void goTo(int line) {
        editor.goTo(line);
    }

    public void focus() {
        editor.area().requestFocus();
    }
}
