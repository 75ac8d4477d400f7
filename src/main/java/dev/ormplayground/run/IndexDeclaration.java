package dev.ormplayground.run;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the indexes a level declares ({@link dev.ormplayground.levels.FeedLevel#indexes()}): each
 * must be one {@code create index NAME on TABLE (COLUMN [asc|desc], ...)} on one of the blog's
 * tables, nothing else, since the runner executes it as the program does its own indexes.
 */
public final class IndexDeclaration {

    static final Set<String> TABLES = Set.of("users", "posts", "comments", "likes");
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "create\\s+index\\s+([a-z_][a-z0-9_]{0,62})\\s+on\\s+([a-z_]+)\\s*\\(\\s*"
                    + "([a-z_][a-z0-9_]*(?:\\s+(?:asc|desc))?(?:\\s*,\\s*[a-z_][a-z0-9_]*(?:\\s+(?:asc|desc))?)*)\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    private IndexDeclaration() {
    }

    /** The level's declared indexes, each checked; an {@link IllegalArgumentException} says which one is refused and why. */
    public static List<String> checked(String levelName, List<String> declared) {
        if (declared == null) {
            return List.of();
        }
        for (String statement : declared) {
            check(levelName, statement);
        }
        return List.copyOf(declared);
    }

    private static void check(String levelName, String statement) {
        String text = statement == null ? "" : statement.strip();
        Matcher matcher = CREATE_INDEX.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(levelName + "'s indexes() may hold only 'create index NAME on TABLE (COLUMN, ...)'"
                    + " statements on " + String.join(", ", TABLES.stream().sorted().toList()) + ", one each: refused '"
                    + shown(text) + "'");
        }
        String table = matcher.group(2).toLowerCase(Locale.ROOT);
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException(levelName + "'s indexes(): '" + shown(text) + "' is on " + table
                    + ", which is not one of the blog's tables (" + String.join(", ", TABLES.stream().sorted().toList()) + ")");
        }
    }

    private static String shown(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "…" : oneLine;
    }
}
