package dev.ormplayground.ui.challenge;

import dev.ormplayground.challenge.ChallengeCode;
import dev.ormplayground.challenge.workspace.LevelLibraries;
import dev.ormplayground.challenge.workspace.ProgramLauncher;
import dev.ormplayground.challenge.workspace.Workspace;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ui.code.JavaFiles;
import dev.ormplayground.ui.code.WorkEditor;
import dev.ormplayground.ui.session.challenge.ChallengesModel;
import dev.ormplayground.ui.work.BackgroundThreads;
import dev.ormplayground.ui.work.Messages;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The working place's files: a level file opened from disk and watched (saved in the learner's
 * own editor, checked here), a workspace for that editor, and the learner's results saved as one
 * file to hand in. What each did is said in the working place's status line.
 */
final class WorkFiles {

    private final ChallengesModel model;
    private final WorkEditor editor;
    private final Consumer<String> say;

    /** {@code say} shows a sentence in the working place's status line. */
    WorkFiles(ChallengesModel model, WorkEditor editor, Consumer<String> say) {
        this.model = model;
        this.editor = editor;
        this.say = say;
    }

    Node menu() {
        MenuItem open = item("Open a level file and watch it…", "challengeOpenFile", this::openAndWatch);
        MenuItem stop = item("Stop watching the file", "challengeStopWatching", () -> model.fileWatch().stop());
        stop.disableProperty().bind(model.fileWatch().watchedProperty().isNull());
        MenuItem workspace = item("Write a workspace for your own editor…", "challengeWorkspace", this::workspace);
        MenuItem handIn = item("Save my results to hand in…", "challengeHandIn", this::handIn);
        MenuButton menu = new MenuButton("Files", null, open, stop, workspace, handIn);
        menu.setId("challengeFiles");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.setFocusTraversable(false);
        return menu;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private Window window() {
        return editor.node().getScene().getWindow();
    }

    private void openAndWatch() {
        FileChooser chooser = JavaFiles.chooser("Open a level file to watch");
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            watch(file.toPath());
        }
    }

    /** Shows {@code file} as the learner's code and checks it again at each save made outside. */
    void watch(Path file) {
        try {
            model.watchFile(file);
            String text = model.fileTextProperty().get();
            ChallengeCode.answeredBy(model.all(), file.getFileName().toString(), text)
                    .filter(challenge -> challenge != model.selectedProperty().get())
                    .ifPresent(challenge -> say.accept(file.getFileName() + " reads as an answer to '"
                            + challenge.title() + "': choose that challenge to check it against its goal."));
        } catch (IOException e) {
            say.accept("Could not open " + file + ": " + e.getMessage());
        }
    }

    private void workspace() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("A folder for your own editor's workspace");
        File folder = chooser.showDialog(window());
        if (folder == null) {
            return;
        }
        var open = model.openChallenges();
        BackgroundThreads.named("playground-workspace").newThread(() -> {
            try {
                LevelLibraries libraries = LevelLibraries.ofThisProgram();
                Workspace.Written written = Workspace.write(folder.toPath(), open, Ladder.standard(), libraries,
                        ProgramLauncher.of(libraries.program()));
                Platform.runLater(() -> say.accept("Wrote a workspace in " + written.folder() + " ("
                        + written.added().size() + " starters added, " + written.kept().size() + " of yours kept):"
                        + " open it in your IDE as a Maven project; Files > Open a level file watches one of them."));
            } catch (RuntimeException e) {
                Platform.runLater(() -> say.accept("Could not write the workspace: " + Messages.describe(e)));
            }
        }).start();
    }

    private void handIn() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save your results as one file to hand in");
        chooser.setInitialFileName(model.learnerProperty().get().replaceAll("[^A-Za-z0-9_-]+", "-") + "-results.json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Results (*.json)", "*.json"));
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        try {
            Path saved = model.handIn(file.toPath());
            say.accept("Saved your results in " + saved + ": hand this file in.");
        } catch (RuntimeException e) {
            say.accept("Could not save your results: " + Messages.describe(e));
        }
    }
}
