/**
 * The Compare view: the whole ladder measured at once, shown as the very view the exported
 * comparison.png is made of. Uses ui.session, ui.common and render.
 */
package dev.ormplayground.ui.compare;
