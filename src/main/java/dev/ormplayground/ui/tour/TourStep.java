package dev.ormplayground.ui.tour;

import java.util.Objects;

/** One stop of the tour: the part of the window it points at, and what its card says about it. */
public record TourStep(TourTarget target, String title, String text) {

    public TourStep {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
