package dev.ormplayground.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ormplayground.run.CacheFigures;
import dev.ormplayground.run.RegionFigures;

/** A run's use of Hibernate's caches as JSON, the same in {@code feed} and {@code bench}. */
final class CacheJson {

    private CacheJson() {
    }

    /** Adds {@code "cache"} to {@code parent} when the run went through Hibernate's caches. */
    static void put(ObjectNode parent, CacheFigures cache) {
        if (!cache.any()) {
            return;
        }
        ObjectNode node = parent.putObject("cache");
        node.put("hits", cache.hits());
        node.put("misses", cache.misses());
        node.put("puts", cache.puts());
        ArrayNode regions = node.putArray("regions");
        for (RegionFigures region : cache.regions()) {
            ObjectNode entry = regions.addObject();
            entry.put("region", region.region());
            entry.put("hits", region.hits());
            entry.put("misses", region.misses());
            entry.put("puts", region.puts());
            if (region.entriesBeforeWrite() >= 0) {
                entry.put("entries_before_write", region.entriesBeforeWrite());
            }
            entry.put("entries_at_start", region.entriesBefore());
            entry.put("entries_at_end", region.entriesAfter());
        }
    }
}
