package org.maillage.platform.persistence.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Declares the platform's data source; {@link ConfiguredDataSource} reads where the database is from
 * MicroProfile Config. The data source is looked up by name rather than injected with {@code @Resource}:
 * Payara had not bound the injected reference yet when the migrations run at start-up.
 */
@DataSourceDefinition(
        name = DatabaseDeclaration.JNDI_NAME,
        className = "org.maillage.platform.persistence.control.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true", "fish.payara.connection-validation-method=auto-commit"})
@ApplicationScoped
public class DatabaseDeclaration {

    public static final String JNDI_NAME = "java:app/jdbc/maillage";

    public DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("The data source " + JNDI_NAME + " is not bound", e);
        }
    }
}
