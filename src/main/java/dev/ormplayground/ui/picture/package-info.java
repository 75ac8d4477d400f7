/**
 * Export from the window: the window (PNG), the comparison or a level's card (PNG, SVG, PDF) and
 * a deck (PDF), drawn on the FX thread, a PNG encoded off it, never replacing a file without asking. Uses ui.session and render.
 */
package dev.ormplayground.ui.picture;
