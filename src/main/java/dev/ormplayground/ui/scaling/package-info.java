/**
 * The Scaling view: chosen levels on generated data sets of growing size, median latency against
 * size on log-log axes. Uses ui.session.measure, ui.session, ui.work, ui.common, render's level
 * colours and the engine's results.
 */
package dev.ormplayground.ui.scaling;
