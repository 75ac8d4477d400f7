package dev.ormplayground.levels;

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

    private Ladder(List<Level> levels) {
        this.levels = List.copyOf(levels);
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
                        "an application cache (Caffeine) in front of the query", indexes, new CachedFeed())));
    }

    /** A ladder of other levels, e.g. a test's; the first one is the reference every other is checked against. */
    public static Ladder of(List<Level> levels) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a ladder needs at least one level");
        }
        return new Ladder(levels);
    }

    public List<Level> levels() {
        return levels;
    }

    public Level first() {
        return levels.get(0);
    }

    /** The level with this id, or an error that lists the valid ids. */
    public Level byId(String id) {
        return levels.stream()
                .filter(level -> level.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(
                        "Unknown level '" + id + "'; valid levels: " + ids()));
    }

    /** The level before this one, or empty for the first. */
    public Optional<Level> previous(Level level) {
        int index = levels.indexOf(level);
        return index > 0 ? Optional.of(levels.get(index - 1)) : Optional.empty();
    }

    /** The ids in ladder order, comma separated. */
    public String ids() {
        return levels.stream().map(Level::id).collect(Collectors.joining(", "));
    }
}
