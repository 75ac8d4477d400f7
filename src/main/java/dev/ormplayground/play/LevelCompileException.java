package dev.ormplayground.play;

import java.util.List;

/** A level that did not compile: its problems in the compiler's order; nothing of it runs. */
public final class LevelCompileException extends RuntimeException {

    private final List<CompileProblem> problems;

    LevelCompileException(List<CompileProblem> problems) {
        super(problems.isEmpty() ? "the level did not compile"
                : String.join("\n", problems.stream().map(CompileProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as {@code FILE.java:LINE: message}. */
    public List<String> problems() {
        return problems.stream().map(CompileProblem::toString).toList();
    }

    public List<CompileProblem> located() {
        return problems;
    }
}
