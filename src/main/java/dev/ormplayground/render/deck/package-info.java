/**
 * A talk's slides as one PDF: the comparison, one page per ladder level with its change against
 * the level before and its figures beside that level's, then how every figure was measured. Every
 * figure comes from the one benchmark the comparison shows. Drawn with JavaFX on the FX thread
 * (headless if need be) and written through render.vector. Uses render, render.vector and the
 * engine's results (bench, run, ladder, db, format, export's footer and page size).
 */
package dev.ormplayground.render.deck;
