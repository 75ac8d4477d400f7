package dev.ormplayground.play;

import java.util.List;

/** A level that did not compile: each problem as {@code FILE.java:LINE: message}, in the compiler's order. */
public final class LevelCompileException extends RuntimeException {

    private final List<String> problems;

    LevelCompileException(List<String> problems) {
        super(problems.isEmpty() ? "the level did not compile" : String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
