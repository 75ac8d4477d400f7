/**
 * The kinds of run the runner makes of a level: reading, a user's read-only run, a user's writing
 * run, and writing then rolled back. Uses levels, capture, db and play; nothing of run.
 */
package dev.ormplayground.run.kind;
