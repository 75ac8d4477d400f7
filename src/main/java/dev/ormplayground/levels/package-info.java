/**
 * The levels' code: one FeedLevel per file, each the previous level plus one change, named for its
 * idea (NaiveFeed ... CachedFeed), and the helpers the detours share (LoadedPosts, ReaderComment).
 * The detours' own code is in levels.detours; the package ladder orders and names them all. A
 * level uses only the domain, Hibernate and, for the cache, Caffeine.
 */
package dev.ormplayground.levels;
