/**
 * The levels' code and their contract: FeedLevel (build one feed page from a fresh session), one
 * FeedLevel per file for each ladder level, each the previous one plus one change, named for its
 * idea (NaiveFeed ... CachedFeed), the helpers the detours share (LoadedPosts, ReaderComment), and
 * what a level may add to the contract: HibernateCaching (its own cache settings) and BeforeTheRun
 * (a scene set before its run). The detours are in levels.detours, the cache road in
 * levels.caches; the package ladder orders and names them all. A level uses only the domain,
 * Hibernate and, for the cache, Caffeine.
 */
package dev.ormplayground.levels;
