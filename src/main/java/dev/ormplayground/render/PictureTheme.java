package dev.ormplayground.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How an exported picture looks: {@code light} for print and light slides (the default),
 * {@code dark} for dark slide templates, {@code projector} at full contrast with thicker lines and
 * bigger text. Each is a stylesheet over the pictures' palette; the layout code is the same.
 */
public enum PictureTheme {
    LIGHT(null), DARK("theme-dark.css"), PROJECTOR("theme-projector.css");

    /** The stylesheet that takes the ground away, with any theme. */
    static final String TRANSPARENT = stylesheet("theme-transparent.css");

    private final String file;

    PictureTheme(String file) {
        this.file = file;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme's stylesheet over the light one, if it has one. */
    Optional<String> stylesheet() {
        return Optional.ofNullable(file).map(PictureTheme::stylesheet);
    }

    private static String stylesheet(String file) {
        return PictureTheme.class.getResource(file).toExternalForm();
    }

    /** The theme named {@code id}, or an IllegalArgumentException that lists the themes. */
    public static PictureTheme of(String id) {
        return Arrays.stream(values()).filter(theme -> theme.id().equals(id.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a theme; give one of "
                        + Arrays.stream(values()).map(PictureTheme::id).collect(Collectors.joining(", "))));
    }
}
