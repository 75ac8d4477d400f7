package dev.ormplayground.run;

/**
 * What one run did with one region of Hibernate's caches, from Hibernate's statistics, and what
 * the region held.
 *
 * @param region            the region's short name ({@code Post}, {@code Post.comments}, {@code query results})
 * @param hits              lookups the region answered
 * @param misses            lookups it could not answer, each then read from the database
 * @param puts              entries the run put into it
 * @param entriesBeforeWrite entries when the write before the run (another session's, committed)
 *                           sent its first statement, or -1 when no write came before the run
 * @param entriesBefore      entries when the run started
 * @param entriesAfter       entries when the run ended
 */
public record RegionFigures(String region, long hits, long misses, long puts,
                            long entriesBeforeWrite, long entriesBefore, long entriesAfter) {
}
