/**
 * The Run view's panels: the ladder, the numbers of the last run, the live latency chart and the
 * feed preview. Each binds to the session's view model. Uses ui.session, ui.work, ui.common and
 * render's level colours.
 */
package dev.ormplayground.ui.run;
