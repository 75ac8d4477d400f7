package dev.ormplayground.render;

import dev.ormplayground.ladder.Level;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;

/**
 * One stable colour per level: the ladder's badges, the live chart's series, the comparison
 * bars and the cards all use it, so a colour means the same level everywhere. The colours are
 * defined once, in {@code levels.css}; nodes take them through {@link #styleClass(Level)} and
 * that stylesheet, and what is drawn without CSS asks {@link #of(Level)}.
 */
public final class LevelColors {

    /** The stylesheet that colours level badges and dots; every scene showing levels adds it. */
    public static final String STYLESHEET = Objects.requireNonNull(LevelColors.class.getResource("levels.css"),
            "levels.css").toExternalForm();
    private static final Pattern RULE = Pattern.compile("\\.level-(\\d+)\\s*\\{\\s*-level-color:\\s*(#[0-9a-fA-F]{6});");
    private static final Pattern USER_RULE =
            Pattern.compile("\\.user-level-(\\d+)\\s*\\{\\s*-level-color:\\s*(#[0-9a-fA-F]{6});");
    private static final String SHEET = stylesheet();
    private static final List<String> COLORS = read(RULE, "level");
    /** The user's own levels take colours of their own, none of the ladder's. */
    private static final List<String> USER_COLORS = read(USER_RULE, "user-level");
    /** The colour of a run made before its level was steady, whichever level it is. */
    public static final String COLD = readCold();

    private LevelColors() {
    }

    /** The style class that gives a node its level's colour, e.g. {@code level-1}. */
    public static String styleClass(Level level) {
        return level.usersOwn() ? "user-level-" + (userIndex(level) + 1) : "level-" + (index(level) + 1);
    }

    /** The level's colour as CSS text, e.g. {@code #d62728}: for ChartFX's own style strings. */
    public static String of(Level level) {
        return level.usersOwn() ? USER_COLORS.get(userIndex(level)) : COLORS.get(index(level));
    }

    private static int userIndex(Level level) {
        return (level.number() - Level.FIRST_USER_NUMBER) % USER_COLORS.size();
    }

    public static Color color(Level level) {
        return Color.web(of(level));
    }

    private static int index(Level level) {
        return (level.number() - 1) % COLORS.size();
    }

    private static String readCold() {
        Matcher cold = Pattern.compile("\\.cold-run\\s*\\{\\s*-level-color:\\s*(#[0-9a-fA-F]{6});").matcher(SHEET);
        if (!cold.find()) {
            throw new IllegalStateException("levels.css defines no .cold-run colour");
        }
        return cold.group(1);
    }

    private static String stylesheet() {
        try (InputStream in = LevelColors.class.getResourceAsStream("levels.css")) {
            return new String(Objects.requireNonNull(in, "levels.css").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Pattern rule, String name) {
        Matcher rules = rule.matcher(SHEET);
        List<String> colors = new ArrayList<>();
        while (rules.find()) {
            if (Integer.parseInt(rules.group(1)) != colors.size() + 1) {
                throw new IllegalStateException("levels.css must define " + name + "-1, " + name + "-2, ... in order");
            }
            colors.add(rules.group(2));
        }
        if (colors.isEmpty()) {
            throw new IllegalStateException("levels.css defines no " + name + " colour");
        }
        return List.copyOf(colors);
    }
}
