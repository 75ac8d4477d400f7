/**
 * The ladder as the program shows it: Level names and numbers a level's code, Ladder orders the
 * levels and keeps the detours beside them (Detours lists them), and LevelSource reads a level's
 * own source file for the code view. Uses levels and levels.detours.
 */
package dev.ormplayground.ladder;
