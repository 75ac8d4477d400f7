/**
 * The window's view models: the FX-thread state that the views bind to (chosen level, page size,
 * the run cycle with its last run and Live, the data sets, the connection, the plans, the user's
 * levels). The comparison and the scaling sweep have theirs in ui.session.measure, the console
 * in ui.session.console. No controls here; the work itself goes to ui.work's run thread. Uses
 * ui.work and the engine.
 */
package dev.ormplayground.ui.session;
