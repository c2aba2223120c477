package org.maillage.platform.persistence.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * The platform's database: the data source, and the one persistence unit that holds the entities of
 * the platform and of every plugin.
 *
 * <p>The data source is declared here and reads where the database is from MicroProfile Config
 * ({@link ConfiguredDataSource}); it connects as the request login. It is looked up by name: Payara has not
 * bound injected references yet when the platform starts. The owner's connections are not pooled: only
 * migrations and the {@link Wall} use them.
 *
 * <p>The persistence unit is built by the platform, not from a persistence.xml: its entity classes
 * are found in the JARs of the modules ({@link EntityScanner}), so a plugin brings its entities
 * without listing them anywhere, and a plugin's JAR can be added to a deployment as it is.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.maillage.platform.persistence.control.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true", "fish.payara.connection-validation-method=auto-commit"})
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/maillage";

    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private volatile EntityManagerFactory factory;
    private volatile DataSource walled;

    /**
     * @return the pooled data source of requests and background work: the request login, behind the {@link Wall},
     * each connection carrying the current transaction's cooperation ({@link WalledDataSource})
     */
    public DataSource dataSource() {
        DataSource current = walled;
        if (current == null) {
            try {
                current = new WalledDataSource((DataSource) new InitialContext().lookup(JNDI_NAME));
            } catch (NamingException e) {
                throw new IllegalStateException("The data source " + JNDI_NAME + " is not bound", e);
            }
            walled = current;
        }
        return current;
    }

    /**
     * @return an unpooled data source of the schema's owner: for migrations and the {@link Wall} at start-up, and for
     * tests that must see every cooperation's rows; never for a request
     */
    public DataSource ownerDataSource() {
        return ConfiguredDataSource.owner();
    }

    /**
     * @return a new connection of the request login outside the pool, for a long-lived use that must not hold one
     * of the pool's (the {@code LISTEN} of {@code TenantCache}); its holder closes it
     */
    public Connection unpooledConnection() throws SQLException {
        return new ConfiguredDataSource().getConnection();
    }

    /**
     * Builds the persistence unit from the JPA classes of the modules the given classes belong to.
     * Called once at start-up, after the migrations.
     */
    public synchronized void open(Collection<Class<?>> moduleClasses) {
        if (factory != null) {
            throw new IllegalStateException("The persistence unit is already open");
        }
        ClassLoader loader = Database.class.getClassLoader();
        List<String> entities = EntityScanner.jpaClasses(moduleClasses, loader);
        ModuleUnitInfo unit = new ModuleUnitInfo(entities, dataSource(),
                EntityScanner.locations(List.of(Database.class)).get(0), loader, properties());
        factory = new PersistenceProvider().createContainerEntityManagerFactory(unit, Map.of());
        factory.createEntityManager().close();
        LOG.info(() -> "Persistence unit open with " + entities.size() + " classes: " + entities);
    }

    /** @return the factory of the persistence unit; refused before start-up opened it */
    public EntityManagerFactory entityManagerFactory() {
        EntityManagerFactory current = factory;
        if (current == null) {
            throw new IllegalStateException("The persistence unit is not open yet");
        }
        return current;
    }

    public boolean isOpen() {
        return factory != null;
    }

    @PreDestroy
    synchronized void close() {
        if (factory != null) {
            factory.close();
            factory = null;
        }
    }

    private static Properties properties() {
        Properties properties = new Properties();
        properties.put(PersistenceUnitProperties.TARGET_SERVER, "Glassfish");
        properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, UnitCustomizer.class.getName());
        properties.put(PersistenceUnitProperties.MULTITENANT_SHARED_CACHE, "false");
        // no entity in EclipseLink's shared (per-JVM) cache: with several instances, a cooperation suspended or a module
        // disabled through one must be seen by the others at their next request, not when their cache happens to expire
        properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.SESSION_NAME, ModuleUnitInfo.NAME);
        // inserts and updates go to the database in JDBC batches: imports write hundreds of thousands of rows
        properties.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
        properties.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "200");
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        properties.put("eclipselink.logging.level.sql", "WARNING");
        return properties;
    }
}
