/**
 * The detours: levels beside the ladder that go wrong on purpose (the article's final code, two
 * bags, a lazy load after the session closed, a stale cache) or take another road (batch fetching,
 * a collection fetch with a limit, evicting the cache). One FeedLevel per file, built on the
 * levels package's helpers.
 */
package dev.ormplayground.levels.detours;
