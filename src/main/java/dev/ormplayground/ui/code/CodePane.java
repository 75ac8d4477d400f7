package dev.ormplayground.ui.code;

import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.ladder.LevelSource;
import dev.ormplayground.ui.session.PlaygroundSession;
import dev.ormplayground.ui.session.SourceFocus;
import dev.ormplayground.ui.session.UserLevel;
import dev.ormplayground.ui.work.Messages;
import dev.ormplayground.ui.work.RunView;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.fxmisc.richtext.CodeArea;

/**
 * The selected level's code beside the previous level's, so the fix reads as a diff. The Java
 * tab shows each level's own source file, the one that was compiled and runs (the code
 * shown is the code that runs); the Django tab shows the article's code that the level stands for.
 */
public final class CodePane extends VBox {

    private static final List<String> START_HINT = List.of(
            "Level 1 is where the ladder starts: nothing comes before it.",
            "Press 2 (or the down arrow) to see what the next level changes.");
    /** A level's class comment: what it stands for, in the level's own words. */
    private static final Pattern CLASS_COMMENT = Pattern.compile("/\\*\\*.*?\\*/", Pattern.DOTALL);

    private final Ladder ladder;
    private final PlaygroundSession session;
    private final LevelCodeViews javaCode = new LevelCodeViews("Code", CodeHighlighter.JAVA, this::fillJava);
    private final UserLevelViews userCode = new UserLevelViews(this::userPair);
    private LevelCodeViews djangoCode; // built when its tab is first shown: less work at start-up
    private Level shown;

    public CodePane(PlaygroundSession session) {
        this.ladder = session.ladder();
        this.session = session;
        setId("codeCompare");
        getStyleClass().addAll("panel", "code-compare");

        userCode.setVisible(false);
        Tab javaTab = new Tab("Java + Hibernate: the code that runs", new StackPane(javaCode, userCode));
        Tab djangoTab = new Tab("Django: the article's code");
        djangoTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && djangoCode == null) {
                djangoCode = new LevelCodeViews("Django", CodeHighlighter.PYTHON, this::fillDjango);
                djangoTab.setContent(djangoCode);
                djangoCode.show(djangoLevel(shown));
                djangoCode.prebuild(ladder.levels());
            }
        });
        TabPane tabs = new TabPane(javaTab, djangoTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("code-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().add(tabs);

        session.selectedLevelProperty().addListener((obs, old, level) -> show(level));
        show(session.selectedLevelProperty().get());
        // Which lines of the level's code sent the last run's statements, and which the selected one.
        SourceFocus focus = session.sourceFocus();
        session.lastRunProperty().addListener((obs, old, run) -> {
            if (run != null) {
                Optional<UserLevel> own = session.userLevels().of(run.level());
                if (own.isPresent()) {
                    userCode.badges(own.get(), run.lineCosts(), focus::toggleFilter);
                } else {
                    javaCode.badges(run.level(), run.lineCosts(), focus::toggleFilter);
                }
            }
        });
        focus.selectedProperty().addListener((obs, old, source) -> {
            RunView run = session.lastRunProperty().get();
            if (run != null) {
                int line = source.known() && source.file().equals(run.level().sourceFileName()) ? source.line() : 0;
                Optional<UserLevel> own = session.userLevels().of(run.level());
                if (own.isPresent()) {
                    userCode.highlight(own.get(), line);
                } else {
                    javaCode.highlight(run.level(), line);
                }
            }
        });
        session.userLevels().levels().addListener((ListChangeListener<UserLevel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(userCode::forget);
            }
        });
        javaCode.prebuild(ladder.levels());
    }

    /** The editable pair of a level of the user's, its buttons wired to the session and the file dialogs. */
    private UserLevelPair userPair(UserLevel level) {
        String baselineTitle = level.origin() == null ? level.fileName() + " · as opened"
                : title(level.origin(), level.origin().sourceFileName()) + " · as copied";
        return new UserLevelPair(level, baselineTitle, new UserLevelPair.Actions() {
            @Override
            public void run() {
                session.runOnce();
            }

            @Override
            public void saveAs(UserLevel own) {
                FileChooser chooser = JavaFiles.chooser("Save " + own.className() + " as a .java file");
                chooser.setInitialFileName(own.fileName());
                File file = chooser.showSaveDialog(getScene().getWindow());
                if (file != null) {
                    session.userLevels().saveTo(own, file.toPath());
                }
            }

            @Override
            public void remove(UserLevel own) {
                Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Take " + own.className() + " off your shelf"
                        + " and delete its saved copy? Save it as a .java file first to keep it.", ButtonType.OK,
                        ButtonType.CANCEL);
                confirm.initOwner(getScene().getWindow());
                confirm.setHeaderText("Remove " + own.className() + "?");
                if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
                    session.userLevels().remove(own);
                }
            }
        });
    }

    /** Where the previous level's side ends and the selected level's begins, from 0 to 1; shared by every level. */
    public DoubleProperty sidesDivider() {
        return javaCode.divider();
    }

    /** Whether the Java code pairs show only the changes and their context. */
    public BooleanProperty changesOnlyProperty() {
        return javaCode.changesOnly();
    }

    /** The line (from 1) of the selected level's Java that is marked as the selected statement's, 0 if none. */
    public int highlightedLine() {
        return userCode.isVisible() && userCode.shown() != null ? userCode.shown().highlighted()
                : javaCode.shown().current().highlighted();
    }

    /** How many paragraphs the selected level's side of the Java pair shows now (fold markers included). */
    public int shownParagraphs() {
        return javaCode.shown().current().paragraphs();
    }

    /** Whether every level's Java code view has been built (they are built ahead, one per pulse). */
    public boolean codeViewsBuilt() {
        return javaCode.prebuilt();
    }

    private void show(Level level) {
        shown = level;
        Optional<UserLevel> own = session.userLevels().of(level);
        own.ifPresentOrElse(userCode::show, () -> javaCode.show(level));
        userCode.setVisible(own.isPresent());
        javaCode.setVisible(own.isEmpty());
        if (djangoCode != null) {
            djangoCode.show(djangoLevel(level));
        }
    }

    /** The level whose Django the tab shows: a user's level has none, so the one it was copied from (or naive). */
    private Level djangoLevel(Level level) {
        return session.userLevels().of(level).map(own -> own.origin() == null ? ladder.first() : own.origin())
                .orElse(level);
    }

    /** The editor of the user's level shown, if one is. */
    public Optional<CodeArea> editor() {
        return userCode.isVisible() && userCode.shown() != null ? Optional.of(userCode.shown().editor().area())
                : Optional.empty();
    }

    /**
     * The level's Java beside the level before; beside the first level, the article's code it
     * ports: the first screen shows the N+1 in the code a Django developer knows.
     */
    private void fillJava(Level level, CodePairView view) {
        Button edit = new Button("Edit a copy");
        edit.setId("editCopy-" + level.id());
        edit.getStyleClass().add("edit-copy");
        edit.setTooltip(new Tooltip("Make a copy of " + level.id() + " that you can change and run (E)"));
        edit.setFocusTraversable(false);
        edit.setOnAction(e -> session.userLevels().editCopy());
        view.addTitleAction(edit);
        Optional<Level> previous = ladder.previous(level);
        view.show(previous.map(p -> title(p, p.sourceFileName())).orElse("the article's code it ports · "
                        + djangoFile(level)),
                previous.map(CodePane::source).orElse(null), django(level) + "\n\n" + hint("# "),
                CodeHighlighter.PYTHON, title(level, level.sourceFileName()), source(level));
    }

    /** The article's Django beside the level before; beside the first level, what the level stands for. */
    private void fillDjango(Level level, CodePairView view) {
        Optional<Level> previous = ladder.previous(level);
        view.show(previous.map(p -> title(p, djangoFile(p))).orElse("what it stands for · " + level.sourceFileName()),
                previous.map(CodePane::django).orElse(null), classComment(level) + "\n\n" + hint("// "),
                CodeHighlighter.JAVA, title(level, djangoFile(level)), django(level));
    }

    /** The level's class comment, or the hint alone when its source has none. */
    private static String classComment(Level level) {
        Matcher comment = CLASS_COMMENT.matcher(source(level));
        return comment.find() ? comment.group() : "";
    }

    private static String hint(String commentMark) {
        return START_HINT.stream().map(line -> commentMark + line).collect(Collectors.joining("\n"));
    }

    private static String title(Level level, String file) {
        return level.number() + " " + level.id() + " · " + file;
    }

    private static String djangoFile(Level level) {
        return "django/" + level.id() + ".py";
    }

    /** A level's Java source, or a note when the build does not hold it (a level made elsewhere, e.g. a test's). */
    static String source(Level level) {
        try {
            return LevelSource.of(level);
        } catch (RuntimeException e) {
            return "// No source to show: " + Messages.describe(e);
        }
    }

    /** The article's Django code for a level, from {@code src/main/resources/django/}. */
    static String django(Level level) {
        String path = "/" + djangoFile(level);
        try (InputStream in = CodePane.class.getResourceAsStream(path)) {
            if (in == null) {
                return "# The Django code for " + level.id() + " is missing from the build (" + path + ").";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
