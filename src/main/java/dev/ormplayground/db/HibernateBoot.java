package dev.ormplayground.db;

import dev.ormplayground.domain.Entities;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/**
 * Builds a session factory over a DataSource: the program's settings, then a level's own
 * (Hibernate's caches, {@link CacheSetup}), which the plain factory never has.
 */
final class HibernateBoot {

    private HibernateBoot() {
    }

    /** The factory every level runs on unless it asks for Hibernate's caches: no second-level cache in its path. */
    static SessionFactory plain(DataSource dataSource) {
        return build(dataSource, CacheSetup.NONE);
    }

    static SessionFactory build(DataSource dataSource, CacheSetup cache) {
        StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.GENERATE_STATISTICS, "true")
                .applySetting(AvailableSettings.SHOW_SQL, "false")
                .applySetting(AvailableSettings.USE_SECOND_LEVEL_CACHE, "false")
                .applySetting(AvailableSettings.ALLOW_UPDATE_OUTSIDE_TRANSACTION, "true");
        for (Map.Entry<String, Object> setting : cache.registrySettings().entrySet()) {
            settings.applySetting(setting.getKey(), setting.getValue());
        }
        StandardServiceRegistry registry = settings.build();
        try {
            MetadataBuilder metadata = new MetadataSources(registry)
                    .addAnnotatedClasses(Entities.FULL)
                    .addAnnotatedClasses(Entities.SLIM)
                    .getMetadataBuilder();
            cache.regions().forEach(metadata::applyCacheRegionDefinition);
            return metadata.build().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }
}
