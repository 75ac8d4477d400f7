package dev.ormplayground.challenge.isolated;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One line of what the check's JVM reports, as JSON on its output: {@code loading} a data set,
 * {@code running} the level on one, the level having {@code ran} there (its statements), a {@code line} judged, a {@code problem} in the source (at
 * {@code lineNumber}: it does not compile, or its HQL does not match the mapping), the
 * {@code plans} of the page query (left and right), and {@code done} with the nonce it was given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CheckEvent(String type, String text, Boolean passed, Integer lineNumber, String other, String nonce, CheckedRun run) {

    static final String LOADING = "loading";
    static final String RUNNING = "running";
    static final String RAN = "ran";
    static final String LINE = "line";
    static final String PROBLEM = "problem";
    static final String PLANS = "plans";
    static final String DONE = "done";

    static CheckEvent of(String type, String text) {
        return new CheckEvent(type, text, null, null, null, null, null);
    }
}
