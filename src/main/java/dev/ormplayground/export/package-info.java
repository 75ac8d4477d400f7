/**
 * The headless export of a measured ladder: which files it writes (the pictures by kind, format
 * and page size, results.csv, report.md), the footer of settings every picture carries, and the
 * report. Every file is written whole or not at all through files. The pictures themselves are
 * drawn by a face (render) and come in through {@code LadderExport.Pictures}. Uses bench, run,
 * ladder, db, engine (the page plans) and files.
 */
package dev.ormplayground.export;
