package dev.ormplayground.play;

import dev.ormplayground.ladder.Level;
import dev.ormplayground.levels.FeedLevel;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A level's source made into the user's own, ready to edit and compile: its class renamed
 * ({@code FetchJoinFeed} becomes {@code MyFetchJoinFeed}), moved to the package {@code my.levels}
 * with the levels' package imported (so a detour's helpers still resolve), and no longer final.
 */
public final class LevelCopy {

    public static final String PACKAGE = "my.levels";
    private static final Pattern PACKAGE_LINE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private LevelCopy() {
    }

    /** The name of a copy of one of the program's levels: {@code MyNaiveFeed}, then {@code MyNaiveFeed2}, none of {@code taken}. */
    public static String className(Level level, Collection<String> taken) {
        return unique("My" + level.feed().getClass().getSimpleName(), taken);
    }

    /** {@code base}, or {@code base2}, {@code base3}...: the first that none of {@code taken} is. */
    public static String unique(String base, Collection<String> taken) {
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + n;
        }
        return name;
    }

    /** {@code source}, the code of the class {@code original}, as the class {@code className}. */
    public static String of(String original, String source, String className) {
        String renamed = source.replaceAll("\\b" + Pattern.quote(original) + "\\b", className)
                .replace("public final class " + className, "public class " + className);
        Matcher declared = PACKAGE_LINE.matcher(renamed);
        if (!declared.find()) {
            return "package " + PACKAGE + ";\n\n" + renamed;
        }
        String home = declared.group(1);
        if (home.equals(PACKAGE)) {
            return renamed; // a copy of the user's own level
        }
        String imports = "\n\nimport " + home + ".*;" + (home.equals(FeedLevel.class.getPackageName()) ? ""
                : "\nimport " + FeedLevel.class.getName() + ";");
        return renamed.substring(0, declared.start()) + "package " + PACKAGE + ";" + imports
                + renamed.substring(declared.end());
    }
}
