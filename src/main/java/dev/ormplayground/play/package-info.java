/**
 * What the user writes: levels compiled in this process with the JDK's compiler (LevelCompiler),
 * each in a class loader of its own by which UserCode tells them from the program's, so the runner
 * runs them read-only; their HQL checked against the mapping before they run (HqlCheck); a level's
 * source copied as the user's (LevelCopy) and kept in their data folder (UserLevelStore); and the
 * console, one HQL or SQL query run read-only (Console). Part of the engine: uses levels, ladder,
 * db, capture and files, no face.
 */
package dev.ormplayground.play;
