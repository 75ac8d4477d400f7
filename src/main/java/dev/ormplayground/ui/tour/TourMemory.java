package dev.ormplayground.ui.tour;

/** Where the window keeps whether its user has seen the tour, between starts. */
public interface TourMemory {

    /** Whether the tour was taken (or skipped) before: then it does not show by itself. */
    boolean tourSeen();

    void rememberTourSeen();
}
