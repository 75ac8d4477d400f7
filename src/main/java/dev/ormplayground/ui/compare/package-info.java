/**
 * The Compare view: the whole ladder measured at once, shown as the very view the exported
 * comparison.png is made of. Uses ui.session.measure, ui.session, ui.common, render, and the
 * benchmark's report with export's footer.
 */
package dev.ormplayground.ui.compare;
