/**
 * The Console view: a query typed in HQL or SQL, its rows, its SQL and its plan. Only shows what
 * the engine's console ({@code play.Console}) gave; the query runs on the window's run thread.
 */
package dev.ormplayground.ui.console;
