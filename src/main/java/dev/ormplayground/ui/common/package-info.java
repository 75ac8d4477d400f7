/**
 * Small controls every view may use: a validated number field, a pane that scales its content to
 * fit, the font scale, and the hold on ChartFX's grid patterns. Uses nothing of the program.
 */
package dev.ormplayground.ui.common;
