package dev.ormplayground.cli;

import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import java.util.Iterator;

/** The ladder's level ids and then the detours', for the help of the options that take them: a new level is listed by itself. */
final class LevelIds implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Ladder.standard().everyLevel().stream().map(Level::id).iterator();
    }
}
