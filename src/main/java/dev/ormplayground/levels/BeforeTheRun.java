package dev.ormplayground.levels;

import org.hibernate.SessionFactory;

/**
 * A level whose run needs a scene set first: another request's committed write (a reader's
 * comment), or a cache as a warm run leaves it. The runner calls {@link #before} ahead of the
 * run, neither timed nor captured (it is not the level's work), checks the level's feed against
 * the data as it then is, and calls {@link #after} once the run and its check are done, whether
 * the run worked or not, so the data set is as loaded again.
 */
public interface BeforeTheRun {

    /** Sets the scene on the session factory the level runs on, for a page of {@code pageSize}. */
    void before(SessionFactory factory, int pageSize);

    /** Undoes what {@link #before} changed in the data, committed as well. */
    default void after(SessionFactory factory) {
    }
}
