/**
 * The window's background work: the one run thread all database work goes to (RunLoop), the link
 * that the view models share (EngineLink), the warm-up after a load, a finished run as the window
 * shows it (RunView), where plans come from (PlanSource), and the window's sentences (Messages).
 * Uses the engine only.
 */
package dev.ormplayground.ui.work;
