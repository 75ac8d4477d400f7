/**
 * JavaFX drawing shared by the window and the headless export: the comparison view, a level's
 * card, bar charts, the latency picture, the code pair and plan pair pictures, level colours
 * (defined in levels.css), code excerpts with their line diff, the bundled fonts, the pictures'
 * themes and accessible sentences, and snapshots to PNG or vector pictures (on Monocle when there
 * is no display). A face: draws on the FX thread; uses the engine's results (bench, run, run.plan,
 * capture, ladder, export, engine's page plans, format) and render.vector, never Hibernate or JDBC.
 */
package dev.ormplayground.render;
