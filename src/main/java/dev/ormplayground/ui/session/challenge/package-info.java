/**
 * The Challenges view's model: the challenges, the chosen one, its hints and last checklist, the
 * learner's name, the user's progress, and a level file watched for saves. A check runs the
 * learner's level in a JVM of its own (challenge.isolated), waited for on a thread of its own,
 * and tells the FX thread each step. For the FX thread. Uses the challenge packages, the
 * engine and ui.work.
 */
package dev.ormplayground.ui.session.challenge;
