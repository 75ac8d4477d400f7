/**
 * Small controls every view may use: the number fields checked as they are typed (RunsField,
 * PageSizeField, sharing WholeNumberRule and NumberCheck), a pane that scales its content to fit,
 * the font scale, and the hold on ChartFX's grid patterns. Uses only the engine's limits (page
 * size, warm-up runs) and formats; nothing of the window.
 */
package dev.ormplayground.ui.common;
