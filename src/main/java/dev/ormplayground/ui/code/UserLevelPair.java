package dev.ormplayground.ui.code;

import dev.ormplayground.play.CompileProblem;
import dev.ormplayground.play.LevelCompiler;
import dev.ormplayground.run.LineCost;
import dev.ormplayground.ui.session.UserLevel;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A user's level beside what it started from: on the left the code as copied (or opened),
 * read-only, the lines the user took out marked; on the right the editor, the lines put in
 * marked, its compile errors at their lines and listed under it, and its actions.
 */
final class UserLevelPair extends SplitPane {

    /** What the pair's buttons do; the code pane wires them to the session and the file dialogs. */
    interface Actions {
        void run();

        void saveAs(UserLevel level);

        void remove(UserLevel level);
    }

    private final UserLevel level;
    private final String baseline;
    private final CodeSide left = new CodeSide();
    private final LevelEditor editor;
    private final Label rightTitle = new Label();
    private final VBox problems = new VBox();

    UserLevelPair(UserLevel level, String baselineTitle, Actions actions) {
        this.level = level;
        this.baseline = level.baseline();
        getStyleClass().addAll("code-pair", "user-level-pair");
        editor = new LevelEditor(actions::run);
        editor.area().setId("editor-" + level.id());
        left.area().setId("baseline-" + level.id());
        editor.compareWith(baseline, this::showDiff);

        Label leftTitle = new Label(baselineTitle);
        Button run = button("Run", "runUserLevel", "Compile and run it (Ctrl+Enter)", actions::run);
        run.getStyleClass().add("run-user-level");
        // The rarer actions in one menu: at 200% on a projector the title keeps some width.
        MenuItem save = new MenuItem("Save as a .java file…");
        save.setId("saveUserLevel");
        save.setOnAction(e -> actions.saveAs(level));
        MenuItem remove = new MenuItem("Remove from your shelf…");
        remove.setId("removeUserLevel");
        remove.setOnAction(e -> actions.remove(level));
        MenuButton more = new MenuButton("File", null, save, remove);
        more.setId("userLevelFile");
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setFocusTraversable(false);
        HBox rightRow = new HBox(rightTitle, run, more);
        problems.setId("problems-" + level.id());
        problems.getStyleClass().add("compile-problems");

        VBox right = CodePairView.side(rightRow, editor.view()); // the editor with its find bar
        if (!LevelCompiler.available()) {
            Label noCompiler = new Label("This Java runtime has no compiler (a JRE): levels you write need a JDK 17"
                    + " to compile and run. Everything else works.");
            noCompiler.setId("noCompiler");
            noCompiler.getStyleClass().add("no-compiler");
            noCompiler.setWrapText(true);
            right.getChildren().add(1, noCompiler);
            run.setDisable(true);
        }
        right.getChildren().add(problems);
        getItems().addAll(CodePairView.side(new HBox(leftTitle), left.area()), right);
        setDividerPositions(0.5);

        editor.show(level.textProperty().get());
        editor.area().textProperty().addListener((obs, old, text) -> level.textProperty().set(text));
        level.problems().addListener((ListChangeListener<CompileProblem>) change -> showProblems());
        level.compileMillisProperty().addListener((obs, old, millis) -> showTitle());
        showProblems();
        showDiff();
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setFocusTraversable(false); // Enter and Space stay the window's, not a button's
        button.setOnAction(e -> action.run());
        return button;
    }


    /** The removed lines on the left and the counts in the title, as the edits stand now. */
    private void showDiff() {
        left.show(baseline, CodeHighlighter.JAVA, editor.diff()::isRemoved, "removed");
        showTitle();
    }

    private void showTitle() {
        double compiled = level.compileMillisProperty().get();
        rightTitle.setText(String.format(Locale.ROOT, "%s · yours   (+%d −%d lines)%s", level.fileName(),
                editor.diff().addedCount(), editor.diff().removedCount(),
                Double.isNaN(compiled) ? "" : String.format(Locale.ROOT, " · compiled in %.0f ms", compiled)));
    }

    private void showProblems() {
        List<CompileProblem> found = List.copyOf(level.problems());
        editor.problems(found);
        problems.getChildren().clear();
        for (CompileProblem problem : found) {
            Hyperlink link = new Hyperlink("line " + problem.line() + (problem.column() > 0 ? ":" + problem.column() : "")
                    + "  " + problem.message());
            link.getStyleClass().add("compile-problem");
            link.setOnAction(e -> editor.goTo(problem.line()));
            problems.getChildren().add(link);
        }
        problems.setVisible(!found.isEmpty());
        problems.setManaged(!found.isEmpty());
        if (!found.isEmpty()) {
            editor.show(found.get(0).line()); // the first error in sight, as after any compile
        }
    }

    UserLevel level() {
        return level;
    }

    void badges(List<LineCost> costs, IntConsumer onClick) {
        editor.badges(costs, onClick);
    }

    void highlight(int line) {
        editor.highlight(line);
    }

    int highlighted() {
        return editor.highlighted();
    }

    /** The editor, for tests and the window's focus. */
    LevelEditor editor() {
        return editor;
    }
}
