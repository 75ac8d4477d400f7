package dev.ormplayground.challenge;

import java.util.List;

/**
 * One challenge: a goal the learner reaches by editing a level, and the conditions the program
 * checks it by. Read from a YAML file ({@link ChallengeFile}).
 *
 * @param id         fixed, as the command line and the docs name it, e.g. {@code n-plus-one}
 * @param title      a few words
 * @param goal       what to reach, in one sentence
 * @param why        why it matters, in the article's terms: two or three sentences
 * @param starter    the level the learner edits: a level's code copied, or code of its own
 * @param hints      revealed one at a time
 * @param conditions what the check judges, besides the same feed as naive on both data sets
 * @param hidden     the second data set the check runs on, unknown to the learner
 * @param solution   the reference solution: a level's code, or code of its own
 */
public record Challenge(String id, String title, String goal, String why, Code starter, List<String> hints,
                        Conditions conditions, HiddenData hidden, Code solution) {

    public Challenge {
        hints = List.copyOf(hints);
    }

    /**
     * A level's code as the challenge gives it: copied from the level {@code from}, or the
     * {@code code} itself; then, with {@code replace}, its first occurrence of that text replaced
     * {@code with} another (a fix shown as the change it is), and with {@code mark}, a comment
     * {@code note} put above the first line holding that text (the place to change).
     */
    public record Code(String from, String code, String replace, String with, String mark, String note) {
    }

    /** The hidden data set: a generated blog of {@code posts} posts from {@code seed}, read at page size {@code page}. */
    public record HiddenData(int posts, long seed, int page) {

        public static final HiddenData DEFAULT = new HiddenData(300, 7, 13);
    }
}
