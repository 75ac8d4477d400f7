package dev.ormplayground.ui.session;

import dev.ormplayground.play.CompileProblem;
import java.util.List;

/** A user's level compiled, but Hibernate rejects HQL it wrote as a literal: nothing of it runs. */
final class HqlProblems extends RuntimeException {

    private final transient List<CompileProblem> problems;

    HqlProblems(List<CompileProblem> problems) {
        super(String.join("\n", problems.stream().map(CompileProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    List<CompileProblem> located() {
        return problems;
    }
}
