/**
 * The window's shell: PlaygroundApp starts it, PlaygroundWindow builds the views and hands the
 * keys to WindowKeys, RunLayout arranges the Run view for the window's size, and the bars around
 * the views (run controls, view bar, data set chooser, connection and database controls, status
 * and error lines), focus mode, the list of keys and the layout kept between starts. Uses the
 * other ui packages but ui.proof, render and the engine's results; of the ui packages only
 * ui.proof, which drives the window from outside, uses it.
 */
package dev.ormplayground.ui;
