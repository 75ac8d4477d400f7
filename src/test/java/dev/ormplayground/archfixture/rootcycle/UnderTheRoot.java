package dev.ormplayground.archfixture.rootcycle;

import dev.ormplayground.RootOfACycle;

/** A package that names a class of the root package, which names it back: a cycle through the root. */
public final class UnderTheRoot {

    public RootOfACycle above() {
        return new RootOfACycle();
    }
}
