/**
 * The window's view models: the FX-thread state that the views bind to (chosen level, page size,
 * last run, Live, the data sets, the connection, the comparison, the scaling sweep, the plans),
 * and LongJob, the life of a comparison or a sweep. No controls here; the work itself goes to
 * ui.work's run thread. Uses ui.work and the engine.
 */
package dev.ormplayground.ui.session;
