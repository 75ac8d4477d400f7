package dev.ormplayground.challenge;

import dev.ormplayground.run.RunResult;

/**
 * What a check tells while it runs: which data set it opens (the program's own work), where the
 * learner's level runs (the part a time limit applies to), and each condition once judged.
 */
public interface CheckProgress {

    CheckProgress NONE = new CheckProgress() {
    };

    /** The program opens a data set, e.g. {@code the hidden data set of 300 posts}. */
    default void loading(String what) {
    }

    /** The learner's level runs on {@code where}, e.g. {@code sample data, page 20}. */
    default void running(String where) {
    }

    /** The level's first run on {@code where} is done: its statements and figures. */
    default void ran(String where, RunResult run) {
    }

    default void judged(CheckLine line) {
    }
}
