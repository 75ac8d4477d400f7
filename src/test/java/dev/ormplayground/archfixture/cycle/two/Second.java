package dev.ormplayground.archfixture.cycle.two;

import dev.ormplayground.archfixture.cycle.one.First;

/** The other half of a package cycle made on purpose. */
public final class Second {

    public First back() {
        return new First();
    }
}
