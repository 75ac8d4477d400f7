package dev.ormplayground.ladder;

/**
 * A level of the second shelf: beside the ladder, not on it. It departs from a ladder level (the
 * code pair shows it beside that one) and teaches by going wrong on purpose, or by taking a road
 * the article skips. Run, captured, checked and charted like any level.
 *
 * @param level       the level itself; its number is past the ladder's, so no digit key reaches it
 * @param departsFrom the id of the ladder level it departs from
 * @param lesson      what it shows, in one line
 */
public record Detour(Level level, String departsFrom, String lesson) {
}
