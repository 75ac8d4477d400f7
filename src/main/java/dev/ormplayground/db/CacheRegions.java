package dev.ormplayground.db;

import java.util.List;
import java.util.stream.StreamSupport;
import org.hibernate.SessionFactory;
import org.hibernate.cache.jcache.internal.JCacheAccessImpl;
import org.hibernate.cache.spi.Region;
import org.hibernate.cache.spi.support.DirectAccessRegionTemplate;
import org.hibernate.cache.spi.support.DomainDataRegionTemplate;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * What a session factory's cache regions hold right now. Hibernate's statistics count hits,
 * misses and puts but not entries for a JCache region, so the entries are counted in the JCache
 * cache behind each region.
 */
public final class CacheRegions {

    private CacheRegions() {
    }

    /** The factory's regions (entities, collections, query results, update timestamps), sorted by name. */
    public static List<String> names(SessionFactory factory) {
        return implementor(factory).getCache().getCacheRegionNames().stream().sorted().toList();
    }

    /** The entries the region holds, or -1 when its storage cannot be counted. */
    public static long entries(SessionFactory factory, String region) {
        Region found = implementor(factory).getCache().getRegion(region);
        Object storage = found instanceof DomainDataRegionTemplate domain ? domain.getCacheStorageAccess()
                : found instanceof DirectAccessRegionTemplate direct ? direct.getStorageAccess() : null;
        if (storage instanceof JCacheAccessImpl jcache) {
            return StreamSupport.stream(jcache.getUnderlyingCache().spliterator(), false).count();
        }
        return -1;
    }

    private static SessionFactoryImplementor implementor(SessionFactory factory) {
        return factory.unwrap(SessionFactoryImplementor.class);
    }
}
