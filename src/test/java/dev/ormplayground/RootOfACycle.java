package dev.ormplayground;

import dev.ormplayground.archfixture.rootcycle.UnderTheRoot;

/** The root package's half of a cycle made on purpose (see {@code UnderTheRoot}): the cycle rule covers the root too. */
public final class RootOfACycle {

    public UnderTheRoot below() {
        return new UnderTheRoot();
    }
}
