package dev.ormplayground.challenge;

import java.util.List;

/** The checklist of one check: every condition with its figure, passed when all of them are. */
public record Checklist(Challenge challenge, List<CheckLine> lines) {

    public Checklist {
        lines = List.copyOf(lines);
    }

    public boolean passed() {
        return !lines.isEmpty() && lines.stream().allMatch(CheckLine::passed);
    }

    /** The lines that failed, for a summary: e.g. {@code 1 of 7 conditions failed}. */
    public List<CheckLine> failed() {
        return lines.stream().filter(line -> !line.passed()).toList();
    }
}
