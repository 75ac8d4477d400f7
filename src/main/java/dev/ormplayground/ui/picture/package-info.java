/**
 * Export from the window: the window (PNG), the comparison or a level's card (PNG, SVG, PDF) and
 * a deck (PDF), drawn on the FX thread, a PNG encoded off it, never replacing a file without
 * asking. Uses ui.session, ui.session.measure, ui.work, render, render.deck, export, files
 * and the engine's results.
 */
package dev.ormplayground.ui.picture;
