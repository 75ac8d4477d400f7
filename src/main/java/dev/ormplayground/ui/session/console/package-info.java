/**
 * The console's view model: a query the user types, run read-only on ui.work's run thread, and
 * the one-line summary of its result. For the FX thread.
 */
package dev.ormplayground.ui.session.console;
