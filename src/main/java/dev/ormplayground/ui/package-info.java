/**
 * The window's shell: PlaygroundApp starts it, PlaygroundWindow lays out the views and maps the
 * keys, and the bars around the views (run controls, view bar, connection controls, data set
 * chooser, status and error lines). Uses every other ui package; none of them uses it.
 */
package dev.ormplayground.ui;
