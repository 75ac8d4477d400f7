/**
 * The command line: bench, feed, export, window-bench and challenge (list, show, starter, check,
 * watch, report, workspace), picocli commands over the same engine the window uses; bad input is
 * one line on stderr and exit code 2. A face: uses the engine packages, the challenge packages,
 * export, render and render.deck (pictures drawn headless), and ui.proof (window-bench drives the
 * real window).
 */
package dev.ormplayground.cli;
