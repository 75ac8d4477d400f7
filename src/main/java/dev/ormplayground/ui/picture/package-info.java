/**
 * Export PNG from the window: the window, the comparison or a level's card, drawn on the FX
 * thread and encoded off it, never replacing a file without asking. Uses ui.session and render.
 */
package dev.ormplayground.ui.picture;
