/**
 * The Challenges view's model: the challenges, the chosen one, its hints and last checklist, the
 * user's progress; a check runs on a thread of its own. For the FX thread. Uses the challenge
 * package and ui.work.
 */
package dev.ormplayground.ui.session.challenge;
