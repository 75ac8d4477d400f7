package dev.ormplayground.ui.common;

import io.fair_acc.chartfx.renderer.spi.utils.DashPatternStyle;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps ChartFX's grid-line patterns alive. ChartFX 11.3 draws every grid line with an image
 * pattern that it makes by an off-screen snapshot (a new scene and a CSS pass: 30-100 ms on the
 * FX thread) and caches in a {@code WeakHashMap} keyed by boxed hash codes that nothing else
 * holds. So every garbage collection empties that cache and the next redraw of a chart makes the
 * patterns again: in Live mode, a pause every few seconds. Holding the cache's current keys keeps
 * its entries. The cache is a private field found by name; with a ChartFX that has no such field
 * this does nothing, and the window only pauses as before.
 */
public final class ChartGridPatterns {

    private static final Map<?, ?> CACHE = find();
    /** The cache's keys as last seen: holding them is the whole point. FX thread only. */
    private static List<Object> held = List.of();

    private ChartGridPatterns() {
    }

    /**
     * Holds whatever patterns the cache has now. Cheap: call it on the FX thread after each layout
     * pulse, when the charts have just drawn. A key lost between its pattern's creation and this
     * call costs one more snapshot, then it is held.
     */
    public static void hold() {
        if (CACHE != null && CACHE.size() != held.size()) {
            held = new ArrayList<>(CACHE.keySet());
        }
    }

    /** The patterns cached now (none if the cache could not be found): a test tells new ones from old. */
    public static List<Object> patterns() {
        return CACHE == null ? List.of() : new ArrayList<>(CACHE.values());
    }

    private static Map<?, ?> find() {
        try {
            Field field = DashPatternStyle.class.getDeclaredField("dashHashMap");
            field.setAccessible(true);
            return (Map<?, ?>) field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // another ChartFX version: its cache is its own business
        }
    }
}
