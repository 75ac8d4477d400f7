/**
 * A laid-out JavaFX view as a vector picture: walked node by node into Java2D calls (region
 * fills and borders, shapes, text where JavaFX broke its lines, a canvas as an image), written as
 * SVG (Batik) or PDF (PDFBox) in the bundled fonts, with WCAG's contrast of each text to its
 * ground for the themes to keep. The layout is JavaFX's own, so a PNG, an SVG and a PDF of a view
 * are one drawing. FX thread. Knows nothing of the program: render and render.deck use it.
 */
package dev.ormplayground.render.vector;
