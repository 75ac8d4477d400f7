package dev.ormplayground.data;

/** Told how far a data load has come, for a progress bar. Called on the loading thread. */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (fraction, message) -> {
    };

    /**
     * @param fraction from 0 to 1
     * @param message  what is being done, e.g. {@code Generating posts 2,000 of 10,000}
     */
    void progress(double fraction, String message);
}
