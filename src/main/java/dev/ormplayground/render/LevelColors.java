package dev.ormplayground.render;

import dev.ormplayground.levels.Level;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * One stable colour per level, from red (naive) to violet (cached): the ladder's badges, the
 * live chart's series, the comparison bars and the cards all use it, so a colour means the
 * same level everywhere.
 */
public final class LevelColors {

    private static final List<String> COLORS = List.of(
            "#d62728", // 1 naive
            "#f28e2b", // 2 fetch-join
            "#c9a100", // 3 aggregate
            "#2ca02c", // 4 slim-columns
            "#17a3b8", // 5 indexed
            "#1f5fbf", // 6 projection
            "#8e44ad"  // 7 cached
    );

    private LevelColors() {
    }

    /** The level's colour as CSS text, e.g. {@code #d62728}. */
    public static String of(Level level) {
        return COLORS.get((level.number() - 1) % COLORS.size());
    }

    public static Color color(Level level) {
        return Color.web(of(level));
    }
}
