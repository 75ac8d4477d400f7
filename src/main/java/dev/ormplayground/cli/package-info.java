/**
 * The command line: bench, feed and export, picocli commands over the same engine the window
 * uses; bad input is one line on stderr and exit code 2. A face: uses the engine packages, export
 * and render.
 */
package dev.ormplayground.cli;
