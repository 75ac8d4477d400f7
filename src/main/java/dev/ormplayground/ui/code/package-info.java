/**
 * The code pair and the editors: a level's own source file beside the previous level's (or the
 * ladder level a detour departs from), changed lines marked, highlighted, built ahead of time per
 * level so a switch only shows another pair, and the article's Django beside it; for a level of
 * the user's, the copy as made beside an editor (highlighting, line badges, compile errors at their
 * lines, find, comment, indent), which the Challenges view reuses. Uses ui.session, ui.work,
 * render's line diff, ladder, run and play.
 */
package dev.ormplayground.ui.code;
