/**
 * The SQL panel: the statements of the last run grouped by shape with the N+1 marked, similar and
 * duplicate statements tagged and counted, and the selected statement in full with its plan. Uses
 * ui.session, ui.work, ui.common and ui.code's highlighter.
 */
package dev.ormplayground.ui.sql;
