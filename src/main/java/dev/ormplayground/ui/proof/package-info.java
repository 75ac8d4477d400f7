/**
 * The window measured from outside: drives the real window as a user would (Run once, Live),
 * collects the figures it shows, and what its threads cost, for {@code window-bench}.
 */
package dev.ormplayground.ui.proof;
