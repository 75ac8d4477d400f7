package dev.ormplayground.challenge.isolated;

import dev.ormplayground.challenge.Challenge;

/**
 * What the check's JVM is given on its input: the challenge whole (so a challenge of the user's
 * own folder needs no lookup there), the learner's file name and source, whether to explain the
 * page query's plans beside the solution's, and a nonce its last event must carry back.
 */
record CheckRequest(Challenge challenge, String fileName, String source, boolean plans, String nonce) {
}
