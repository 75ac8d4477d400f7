package dev.ormplayground.bench;

import dev.ormplayground.ladder.Level;

/** A level the benchmark could not measure: its first run failed (an exception, a refused write), in these words. */
public record LevelFailure(Level level, String message) {
}
