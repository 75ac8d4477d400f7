/**
 * The headless export of a comparison: the files it writes (results.csv, report.md), the footer
 * of settings every picture carries, and a file writer that never half-writes or silently
 * replaces. The pictures themselves are drawn by render. Uses bench, run, levels and db.
 */
package dev.ormplayground.export;
