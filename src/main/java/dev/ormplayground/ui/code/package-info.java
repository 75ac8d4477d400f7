/**
 * The code pair: a level's own source file beside the previous level's, changed lines marked,
 * highlighted, built ahead of time per level so a switch only shows another pair; and the
 * article's Django beside it. Uses ui.session and render's line diff.
 */
package dev.ormplayground.ui.code;
