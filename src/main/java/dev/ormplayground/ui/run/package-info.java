/**
 * The Run view's panels: the ladder with its shelves (the detours, the cache road, the user's own
 * levels), the numbers of the last run, the live latency chart and the feed preview. Each binds
 * to the session's view model. Uses ui.session, ui.work, ui.common, ui.code's file dialog,
 * render's level colours and the engine's results.
 */
package dev.ormplayground.ui.run;
