package dev.ormplayground.challenge;

/** One condition of a check, with its figure: e.g. {@code statements 7, at most 3 (sample data, page 20)}. */
public record CheckLine(String text, boolean passed) {

    /** The line as the checklist prints it, ✓ or ✗ first. */
    @Override
    public String toString() {
        return (passed ? "\u2713 " : "\u2717 ") + text;
    }
}
