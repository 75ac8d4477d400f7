package dev.ormplayground.ui.common;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * The window's stylesheets, one per component, in the order the scene takes them: the theme
 * first (its variables on {@code .root} are what every other one uses), then each component's.
 * A later sheet wins a tie between rules of equal specificity, so the order is part of the look.
 */
public final class Stylesheets {

    private static final List<String> IN_ORDER = List.of("theme", "toolbar", "messages", "view-bar", "connection",
            "ladder", "feed", "numbers", "sql", "plans", "code", "chart", "views", "focus", "console", "challenges",
            "tour");

    private Stylesheets() {
    }

    /** The stylesheets' URLs, in order, for {@code scene.getStylesheets().addAll(...)}. */
    public static List<String> window() {
        return IN_ORDER.stream().map(Stylesheets::url).toList();
    }

    private static String url(String component) {
        String name = "/dev/ormplayground/ui/css/" + component + ".css";
        URL found = Objects.requireNonNull(Stylesheets.class.getResource(name), name);
        return found.toExternalForm();
    }
}
