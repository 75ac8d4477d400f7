/**
 * The SQL panel: the statements of the last run grouped by shape with the N+1 marked and its fix
 * hinted, similar and duplicate statements tagged and counted, and the selected statement in full
 * with its plan and the plan pair. Uses ui.session, ui.work, ui.common, ui.code's highlighter,
 * render's plan pair and the engine's results.
 */
package dev.ormplayground.ui.sql;
