/**
 * Levels the user writes: compiled in this process with the JDK's compiler (LevelCompiler) and
 * run like any level. Part of the engine: uses the levels' contract and Hibernate, no face.
 */
package dev.ormplayground.play;
