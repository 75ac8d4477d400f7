/**
 * JavaFX drawing shared by the window and the headless export: the comparison view, a level's
 * card, bar charts, level colours (defined in levels.css), code excerpts with their line diff,
 * and snapshots to PNG (on Monocle when there is no display). A face: uses the engine's results
 * (bench, run, export, levels, format), never Hibernate or JDBC.
 */
package dev.ormplayground.render;
