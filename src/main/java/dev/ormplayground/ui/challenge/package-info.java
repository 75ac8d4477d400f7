/**
 * The Challenges view, one working place: on the left the chosen challenge's goal, why, hints and
 * live checklist; on the right the learner's code in an editor with Check and Cancel, their last
 * check's runs with the SQL, and the solution against their code once allowed; and the working
 * place's files (a level file watched for saves, a workspace for the learner's own editor, the
 * hand-in). A check runs in a JVM of its own through ui.session.challenge; this package only
 * shows it. Uses ui.session.challenge, ui.session, ui.work, ui.code's editor, render, the
 * challenge packages and the engine's results.
 */
package dev.ormplayground.ui.challenge;
