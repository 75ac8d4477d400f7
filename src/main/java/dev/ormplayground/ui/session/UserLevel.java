package dev.ormplayground.ui.session;

import dev.ormplayground.ladder.Level;
import dev.ormplayground.play.CompileProblem;
import dev.ormplayground.play.LevelCompiler;
import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One level the user writes, in the window: its text as typed (the editor's), the level of its
 * last good compile (before one, a stand-in that says so), the problems of its last compile,
 * and the level it was copied from, which the code pair shows beside it. The text and problems
 * are for the FX thread; {@link #compiled} is called on the run thread.
 */
public final class UserLevel {

    private final String className;
    private final int number;
    private final Level origin;
    private final String baseline;
    private final StringProperty text = new SimpleStringProperty();
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>();
    private final ObservableList<CompileProblem> problems = FXCollections.observableArrayList();
    private final Object compiling = new Object();
    private String compiledText; // guarded by compiling
    private Level compiledLevel; // guarded by compiling
    private String hqlCheckedText; // guarded by compiling
    private List<CompileProblem> hqlProblems = List.of(); // guarded by compiling
    private volatile long compileNanos = -1;
    private final ReadOnlyDoubleWrapper compileMillis = new ReadOnlyDoubleWrapper(Double.NaN);

    UserLevel(String className, int number, Level origin, String source, String baseline) {
        this.className = className;
        this.number = number;
        this.origin = origin;
        this.baseline = baseline;
        this.text.set(source);
        this.level.set(new Level(number, LevelCompiler.idOf(className), className, "your code", mechanism(), List.of(),
                (session, pageSize) -> {
                    throw new IllegalStateException(className + " has not been compiled yet: press Ctrl+Enter");
                }));
    }

    public String className() {
        return className;
    }

    public String fileName() {
        return className + ".java";
    }

    public String id() {
        return level.get().id();
    }

    /** The level it was copied from; null when it was opened from a file. */
    public Level origin() {
        return origin;
    }

    /** The code it started from, as copied (or opened): what the code pair marks the edits against. */
    public String baseline() {
        return baseline;
    }

    /** Its code as typed in the editor. */
    public StringProperty textProperty() {
        return text;
    }

    /** The level its last good compile made (the selected level while it is picked); a stand-in before. */
    public ReadOnlyObjectProperty<Level> levelProperty() {
        return level;
    }

    /** The problems of the last compile, or of the HQL check after it: empty after a good one. */
    public ObservableList<CompileProblem> problems() {
        return problems;
    }

    /** How long its last compile took, in ms; NaN before one. */
    public ReadOnlyDoubleProperty compileMillisProperty() {
        return compileMillis.getReadOnlyProperty();
    }

    void compiledAs(Level compiled) {
        level.set(compiled);
        problems.clear();
        compileMillis.set(compileNanos < 0 ? Double.NaN : compileNanos / 1e6);
    }

    void failedToCompile(List<CompileProblem> found) {
        problems.setAll(found);
    }

    /** The level {@code source} compiles to: compiled again only when the text changed since. Run thread. */
    Level compiled(String source) {
        synchronized (compiling) {
            if (!source.equals(compiledText)) {
                long start = System.nanoTime();
                compiledLevel = LevelCompiler.level(fileName(), source, mechanism(), number);
                compileNanos = System.nanoTime() - start;
                compiledText = source;
            }
            return compiledLevel;
        }
    }

    /**
     * The level {@code source} compiles to, once {@code hql} (file name and source to problems)
     * found nothing wrong with the HQL it writes as literals; checked again only when the text
     * changed since (the mapping is the same for every data set). Run thread.
     *
     * @throws HqlProblems when Hibernate rejects a query, each at its line
     */
    Level checked(String source, BiFunction<String, String, List<CompileProblem>> hql) {
        synchronized (compiling) {
            Level made = compiled(source);
            if (!source.equals(hqlCheckedText)) {
                hqlProblems = List.copyOf(hql.apply(fileName(), source));
                hqlCheckedText = source;
            }
            if (!hqlProblems.isEmpty()) {
                throw new HqlProblems(hqlProblems);
            }
            return made;
        }
    }

    private String mechanism() {
        return origin == null ? "written by you" : "yours, copied from " + origin.id();
    }
}
