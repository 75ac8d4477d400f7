/**
 * The cache road: Hibernate's own second-level and query caches on naive's code, and the traps
 * their users hit (a write that invalidates the query cache, a query-cache hit over a cold entity
 * region, a native update that empties every region, and its fix). Each level names its cache
 * settings ({@link dev.ormplayground.levels.HibernateCaching}); the runner gives it a session
 * factory of its own, so no other level has a cache in its path.
 */
package dev.ormplayground.levels.caches;
