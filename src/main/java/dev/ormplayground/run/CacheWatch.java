package dev.ormplayground.run;

import dev.ormplayground.capture.WriteGuard;
import dev.ormplayground.db.CacheRegions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.CacheRegionStatistics;
import org.hibernate.stat.Statistics;

/**
 * Watches a cached session factory's regions over one run: their entries when the write set
 * before the run sends its first statement (it commits later, and the commit is what empties
 * regions), their statistics and entries when the run starts and when it ends. Runs are
 * serialized, so the difference of the factory's statistics is the run's own.
 */
final class CacheWatch {

    private static final String DOMAIN_PACKAGE = "dev.ormplayground.domain.";

    private final SessionFactory factory;
    private final String prefix;
    private final List<String> regions;
    private final Map<String, Long> beforeWrite = new LinkedHashMap<>();
    private final Map<String, long[]> start = new LinkedHashMap<>();

    /** Watches the factory of the level with this id (its regions' prefix). */
    CacheWatch(SessionFactory factory, String levelId) {
        this.factory = factory;
        this.prefix = levelId + ".";
        this.regions = CacheRegions.names(factory);
    }

    /** Called after each statement of the scene set before the run: the first that writes takes the entries. */
    void sceneStatementRan(String sql) {
        if (beforeWrite.isEmpty() && WriteGuard.refusal(sql).isPresent()) {
            regions.forEach(region -> beforeWrite.put(region, CacheRegions.entries(factory, region)));
        }
    }

    /** The run starts: its statistics are counted from here. */
    void runStarts() {
        regions.forEach(region -> start.put(region, figures(region)));
    }

    CacheFigures finish() {
        List<RegionFigures> figures = new ArrayList<>();
        start.forEach((region, begin) -> {
            long[] end = figures(region);
            figures.add(new RegionFigures(shortName(region), end[0] - begin[0], end[1] - begin[1], end[2] - begin[2],
                    beforeWrite.getOrDefault(region, -1L), begin[3], end[3]));
        });
        return new CacheFigures(figures);
    }

    /** Hits, misses, puts, entries. */
    private long[] figures(String region) {
        Statistics statistics = factory.getStatistics();
        CacheRegionStatistics stats = statistics.getCacheRegionStatistics(region);
        long entries = CacheRegions.entries(factory, region);
        return stats == null ? new long[] {0, 0, 0, entries}
                : new long[] {stats.getHitCount(), stats.getMissCount(), stats.getPutCount(), entries};
    }

    private String shortName(String region) {
        String name = region.startsWith(prefix) ? region.substring(prefix.length()) : region;
        if (name.startsWith(DOMAIN_PACKAGE)) {
            return name.substring(DOMAIN_PACKAGE.length());
        }
        return switch (name) {
            case "default-query-results-region" -> "query results";
            case "default-update-timestamps-region" -> "update timestamps";
            default -> name;
        };
    }
}
