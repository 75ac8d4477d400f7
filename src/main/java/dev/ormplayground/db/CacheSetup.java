package dev.ormplayground.db;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.MutableConfiguration;
import org.hibernate.boot.CacheRegionDefinition;
import org.hibernate.boot.CacheRegionDefinition.CacheRegionType;
import org.hibernate.cache.jcache.ConfigSettings;
import org.hibernate.cfg.AvailableSettings;

/**
 * A level's Hibernate cache settings, as hibernate.properties would hold them, read the way
 * Hibernate's JPA bootstrap reads them: {@code hibernate.classcache.ENTITY} and
 * {@code hibernate.collectioncache.ROLE} = {@code read-write} (what {@code @Cache} on the mapping
 * says) become region definitions; the other {@code hibernate.cache.*} and
 * {@code hibernate.javax.cache.*} settings go to the registry. Each factory gets a JCache manager
 * and region names of its own, so one level's cache never warms or empties another's.
 */
record CacheSetup(Map<String, Object> registrySettings, List<CacheRegionDefinition> regions) {

    static final CacheSetup NONE = new CacheSetup(Map.of(), List.of());

    private static final String CLASS_CACHE = AvailableSettings.CLASS_CACHE_PREFIX + ".";
    private static final String COLLECTION_CACHE = AvailableSettings.COLLECTION_CACHE_PREFIX + ".";
    private static final Set<String> STRATEGIES = Set.of("read-only", "nonstrict-read-write", "read-write", "transactional");

    /** The setup of {@code owner}'s factory (a level's id: its regions' prefix), refused with the setting's name when wrong. */
    static CacheSetup of(String owner, Map<String, String> settings) {
        Map<String, Object> registry = new LinkedHashMap<>();
        List<CacheRegionDefinition> regions = new ArrayList<>();
        settings.forEach((name, value) -> {
            if (name.startsWith(CLASS_CACHE)) {
                regions.add(region(CacheRegionType.ENTITY, name, name.substring(CLASS_CACHE.length()), value));
            } else if (name.startsWith(COLLECTION_CACHE)) {
                regions.add(region(CacheRegionType.COLLECTION, name, name.substring(COLLECTION_CACHE.length()), value));
            } else if (name.startsWith("hibernate.cache.") || name.startsWith(ConfigSettings.PROP_PREFIX)) {
                registry.put(name, value);
            } else {
                throw new IllegalArgumentException("'" + name + "' is no cache setting: a level's cache settings start with"
                        + " hibernate.cache., hibernate.javax.cache., " + CLASS_CACHE + " or " + COLLECTION_CACHE);
            }
        });
        registry.put(AvailableSettings.CACHE_REGION_PREFIX, owner);
        registry.put(ConfigSettings.MISSING_CACHE_STRATEGY, "create"); // regions are made on demand, without a warning each
        Object provider = registry.get(ConfigSettings.PROVIDER);
        if (provider != null) {
            // JCache hands out one manager per URI, and Hibernate closes its manager with the factory.
            CacheManager own = Caching.getCachingProvider(provider.toString())
                    .getCacheManager(URI.create("ormplayground:" + owner + ":" + System.identityHashCode(registry)),
                            CacheSetup.class.getClassLoader());
            registry.put(ConfigSettings.CACHE_MANAGER, own);
            // Made before Hibernate asks, by reference as Caffeine's own configuration makes them: a
            // cache Hibernate creates is JCache's default, by value, and copies each entry through
            // Java serialization on every read (a warm second-level-cache run took 17 ms instead of ~1).
            List<String> names = new ArrayList<>(List.of("default-query-results-region", "default-update-timestamps-region"));
            regions.forEach(region -> names.add(region.region() != null ? region.region() : region.role()));
            for (String name : names) {
                own.createCache(owner + "." + name, new MutableConfiguration<Object, Object>().setStoreByValue(false));
            }
        }
        return new CacheSetup(Map.copyOf(registry), List.copyOf(regions));
    }

    /** {@code usage[, region]}, as Hibernate reads the setting. */
    private static CacheRegionDefinition region(CacheRegionType type, String setting, String role, String value) {
        String[] parts = value.split(",", -1);
        String strategy = parts[0].strip();
        if (!STRATEGIES.contains(strategy) || parts.length > 2) {
            throw new IllegalArgumentException("'" + setting + "' is '" + value + "': it takes a usage and, after a comma,"
                    + " a region name; the usage is one of " + String.join(", ", STRATEGIES.stream().sorted().toList()));
        }
        String region = parts.length == 2 && !parts[1].isBlank() ? parts[1].strip() : null;
        return new CacheRegionDefinition(type, role, strategy, region, true);
    }
}
