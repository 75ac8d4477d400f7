package dev.ormplayground.levels;

import java.util.Map;

/**
 * A level that runs with Hibernate's own caches. The runner gives it a session factory of its
 * own, built with these settings on top of the program's, so no other level has a cache in its
 * path and no other level's runs warm or empty this one's. The settings are written as
 * {@code hibernate.properties} would hold them: {@code hibernate.cache.*},
 * {@code hibernate.javax.cache.*}, and {@code hibernate.classcache.ENTITY} /
 * {@code hibernate.collectioncache.ROLE} = {@code read-write} for what {@code @Cache} on the
 * mapping would mark.
 */
public interface HibernateCaching {

    Map<String, String> cacheSettings();
}
