/**
 * The ladder: one FeedLevel per file, each the previous level plus one change, named for its idea
 * (NaiveFeed ... CachedFeed); Ladder orders them, Level names and numbers them, LevelSource reads
 * a level's own source file for the code view. A level uses only the domain, Hibernate and, for
 * the cache, Caffeine.
 */
package dev.ormplayground.levels;
