/**
 * The ladder as the program shows it: Level is a level's identity card (number, id, title, the
 * article's tool, the mechanism, the indexes, its code), Ladder orders the levels and keeps the
 * two shelves beside them, the detours (Detours, each a Detour from a ladder level) and Hibernate's
 * caches (CacheRoad), and LevelSource reads a level's own source file for the code view. Uses
 * levels, levels.detours and levels.caches.
 */
package dev.ormplayground.ladder;
