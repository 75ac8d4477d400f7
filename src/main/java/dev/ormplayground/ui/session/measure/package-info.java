/**
 * The view models of the long measurements, Compare and Scaling, and LongJob, the start, progress,
 * end and cancel they share. For the FX thread; the work goes to ui.work's run thread.
 */
package dev.ormplayground.ui.session.measure;
