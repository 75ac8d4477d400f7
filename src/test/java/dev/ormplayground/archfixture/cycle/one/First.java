package dev.ormplayground.archfixture.cycle.one;

import dev.ormplayground.archfixture.cycle.two.Second;

/** One half of a package cycle made on purpose (see {@code Second}). */
public final class First {

    public Second next() {
        return new Second();
    }
}
