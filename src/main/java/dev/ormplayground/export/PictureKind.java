package dev.ormplayground.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The pictures an export can write: the comparison and a card per level (what it writes unless
 * told otherwise), every run's latency on one chart, and, for each level that has one before it,
 * its code and its page query's plan beside that level's.
 */
public enum PictureKind {
    COMPARISON, CARDS, LATENCY, CODE, PLANS;

    /** What an export writes when not told: as before this choice existed. */
    public static final List<PictureKind> DEFAULT = List.of(COMPARISON, CARDS);

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kinds of a comma-separated list ({@code comparison,latency}, or {@code all}), each once,
     * in this enum's order; an IllegalArgumentException that names the wrong one and the valid ones.
     */
    public static List<PictureKind> parse(String list) {
        List<PictureKind> kinds = new ArrayList<>();
        for (String word : list.split(",", -1)) {
            String id = word.strip().toLowerCase(Locale.ROOT);
            if (id.equals("all")) {
                return List.of(values());
            }
            PictureKind kind = Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("'" + word.strip() + "' is not a picture; give "
                            + Arrays.stream(values()).map(PictureKind::id).collect(Collectors.joining(", "))
                            + " or all, comma separated"));
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
        }
        return Arrays.stream(values()).filter(kinds::contains).toList();
    }
}
