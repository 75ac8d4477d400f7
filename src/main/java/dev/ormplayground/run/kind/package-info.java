/**
 * The kinds of run the runner makes of a level, and what differs between them (how the level's
 * work is done on its session, where its time ends, what its feed is checked against): a ladder
 * level that reads; a user's level, read-only; a user's level that says it writes, rolled back; a
 * level that writes, rolled back; and a level that reads after a scene set before it, such as
 * another session's committed write. Uses levels, ladder, domain, capture, db and play; nothing of
 * run, which uses it.
 */
package dev.ormplayground.run.kind;
