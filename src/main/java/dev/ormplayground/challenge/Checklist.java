package dev.ormplayground.challenge;

import dev.ormplayground.format.Words;
import java.util.List;

/** The checklist of one check: every condition with its figure, passed when all of them are. */
public record Checklist(Challenge challenge, List<CheckLine> lines) {

    public Checklist {
        lines = List.copyOf(lines);
    }

    public boolean passed() {
        return !lines.isEmpty() && lines.stream().allMatch(CheckLine::passed);
    }

    /** One sentence for every face: {@code Passed: every condition holds.} or {@code Not yet: 2 conditions of 5 failed.} */
    public String summary() {
        return passed() ? "Passed: every condition holds."
                : "Not yet: " + Words.count(failed().size(), "condition", "conditions") + " of " + lines.size() + " failed.";
    }

    /** The lines that failed. */
    public List<CheckLine> failed() {
        return lines.stream().filter(line -> !line.passed()).toList();
    }
}
