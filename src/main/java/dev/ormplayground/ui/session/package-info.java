/**
 * The window's view models: the FX-thread state that the views bind to (chosen level, page size,
 * the run cycle with its last run and Live, guess first, the data sets, the connection, the plans,
 * the user's levels, the statement and line the SQL list and the code pair share). The comparison
 * and the scaling sweep have theirs in ui.session.measure, the console in ui.session.console, the
 * challenges in ui.session.challenge. No controls here; database work goes to ui.work's run
 * thread, loads and the user's level files to threads of their own. Uses ui.work and the engine.
 */
package dev.ormplayground.ui.session;
