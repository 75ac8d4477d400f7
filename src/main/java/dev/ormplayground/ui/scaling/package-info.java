/**
 * The Scaling view: chosen levels on generated data sets of growing size, median latency against
 * size on log-log axes. Uses ui.session, ui.common and render's level colours.
 */
package dev.ormplayground.ui.scaling;
