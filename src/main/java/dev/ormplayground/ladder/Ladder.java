package dev.ormplayground.ladder;

import dev.ormplayground.levels.AggregateFeed;
import dev.ormplayground.levels.CachedFeed;
import dev.ormplayground.levels.FetchJoinFeed;
import dev.ormplayground.levels.IndexedFeed;
import dev.ormplayground.levels.NaiveFeed;
import dev.ormplayground.levels.ProjectionFeed;
import dev.ormplayground.levels.SingleQueryFeed;
import dev.ormplayground.levels.SlimColumnsFeed;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The levels in order, each the previous one plus one change. A new ladder has new level
 * objects, so the cached level's cache belongs to the ladder that made it.
 */
public final class Ladder {

    private final List<Level> levels;
    private final List<Detour> detours;
    private final List<Detour> cacheRoad;

    private Ladder(List<Level> levels, List<Detour> detours, List<Detour> cacheRoad) {
        this.levels = List.copyOf(levels);
        this.detours = List.copyOf(detours);
        this.cacheRoad = List.copyOf(cacheRoad);
    }

    public static Ladder standard() {
        List<String> none = List.of();
        List<String> indexes = IndexedFeed.INDEXES;
        return new Ladder(List.of(
                new Level(1, "naive", "Naive N+1", "Post.objects.all()",
                        "lazy associations touched in a loop", none, new NaiveFeed()),
                new Level(2, "fetch-join", "Fetch join", "select_related / prefetch_related",
                        "join fetch + one batched query per collection", none, new FetchJoinFeed()),
                new Level(3, "aggregate", "Counts in SQL", "annotate(Count)",
                        "count subqueries instead of loading collections", none, new AggregateFeed()),
                new Level(4, "slim-columns", "Slim columns", "only() / defer()",
                        "entities that map only the shown columns", none, new SlimColumnsFeed()),
                new Level(5, "indexed", "Indexed", "db_index / Meta.indexes",
                        "indexes on the filter, the order and the join columns", indexes, new IndexedFeed()),
                new Level(6, "projection", "Projection", "values() / values_list()",
                        "records instead of managed entities", indexes, new ProjectionFeed()),
                new Level(7, "single-query", "Single query", "AFTER: 1 query",
                        "one HQL statement: CTEs, count subqueries, row_number()", indexes, new SingleQueryFeed()),
                new Level(8, "cached", "Cached", "cache.get / cache.set",
                        "an application cache (Caffeine) in front of the query", indexes, new CachedFeed())),
                Detours.standard(), CacheRoad.standard());
    }

    /** A ladder of other levels, e.g. a test's; the first one is the reference every other is checked against. */
    public static Ladder of(List<Level> levels) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a ladder needs at least one level");
        }
        return new Ladder(levels, List.of(), List.of());
    }

    public List<Level> levels() {
        return levels;
    }

    /** The second shelf: levels beside the ladder that go wrong on purpose or take another road. */
    public List<Detour> detours() {
        return detours;
    }

    /** The third shelf: Hibernate's own second-level and query caches, and the traps their users hit. */
    public List<Detour> cacheRoad() {
        return cacheRoad;
    }

    /** The ladder's levels, then the detours', then the cache road's. */
    public List<Level> everyLevel() {
        List<Level> all = new ArrayList<>(levels);
        besides().forEach(detour -> all.add(detour.level()));
        return all;
    }

    /** Whether this level is beside the ladder (a detour or on the cache road) rather than a step of it. */
    public boolean isDetour(Level level) {
        return besides().stream().anyMatch(detour -> detour.level() == level);
    }

    /** The detours, then the cache road: every level beside the ladder. */
    private List<Detour> besides() {
        List<Detour> all = new ArrayList<>(detours);
        all.addAll(cacheRoad);
        return all;
    }

    public Level first() {
        return levels.get(0);
    }

    /** The level or detour with this id, or an error that lists the valid ids. */
    public Level byId(String id) {
        return everyLevel().stream()
                .filter(level -> level.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(
                        "Unknown level '" + id + "'; valid levels: " + ids()
                                + (detours.isEmpty() ? "" : "; detours: " + detourIds())
                                + (cacheRoad.isEmpty() ? "" : "; cache road: " + ids(cacheRoad))));
    }

    /** The level or detour with this id, if there is one. */
    public Optional<Level> find(String id) {
        return everyLevel().stream().filter(level -> level.id().equals(id)).findFirst();
    }

    /** The level before this one (for a detour, the level it departs from), or empty for the first. */
    public Optional<Level> previous(Level level) {
        for (Detour detour : besides()) {
            if (detour.level() == level) {
                return Optional.of(byId(detour.departsFrom()));
            }
        }
        int index = levels.indexOf(level);
        return index > 0 ? Optional.of(levels.get(index - 1)) : Optional.empty();
    }

    /** The detours' ids in shelf order, comma separated. */
    public String detourIds() {
        return ids(detours);
    }

    /** The cache road's ids in order, comma separated. */
    public String cacheRoadIds() {
        return ids(cacheRoad);
    }

    private static String ids(List<Detour> shelf) {
        return shelf.stream().map(detour -> detour.level().id()).collect(Collectors.joining(", "));
    }

    /** The ids in ladder order, comma separated. */
    public String ids() {
        return levels.stream().map(Level::id).collect(Collectors.joining(", "));
    }
}
