package dev.ormplayground.run;

import java.util.List;

/**
 * What one run did with Hibernate's caches, region by region; {@link #NONE} for a run on the
 * plain session factory, which has no cache in its path.
 */
public record CacheFigures(List<RegionFigures> regions) {

    public static final CacheFigures NONE = new CacheFigures(List.of());

    public CacheFigures {
        regions = List.copyOf(regions);
    }

    /** Whether the run went through Hibernate's caches. */
    public boolean any() {
        return !regions.isEmpty();
    }

    public long hits() {
        return regions.stream().mapToLong(RegionFigures::hits).sum();
    }

    public long misses() {
        return regions.stream().mapToLong(RegionFigures::misses).sum();
    }

    public long puts() {
        return regions.stream().mapToLong(RegionFigures::puts).sum();
    }

    /** Whether a committed write came before the run, so that the entries before it say what it did. */
    public boolean afterAWrite() {
        return regions.stream().anyMatch(region -> region.entriesBeforeWrite() >= 0);
    }

    /**
     * One line per region, e.g. {@code Post.comments  hits 20  misses 0  puts 0  entries 20 -> 20};
     * first the entries before the write when one came before the run.
     */
    public List<String> lines() {
        int width = regions.stream().mapToInt(region -> region.region().length()).max().orElse(0);
        return regions.stream().map(region -> String.format("%-" + width + "s  hits %,d  misses %,d  puts %,d  entries %s",
                region.region(), region.hits(), region.misses(), region.puts(), entries(region))).toList();
    }

    private static String entries(RegionFigures region) {
        if (region.entriesBeforeWrite() >= 0) {
            return String.format("%,d before the write, %,d at the start -> %,d", region.entriesBeforeWrite(),
                    region.entriesBefore(), region.entriesAfter());
        }
        return String.format("%,d -> %,d", region.entriesBefore(), region.entriesAfter());
    }

    /** In one line: hits, misses and puts over every region. */
    public String summary() {
        return String.format("second-level and query caches: %,d hits, %,d misses, %,d puts", hits(), misses(), puts());
    }
}
