package org.maillage.platform.persistence.control;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.List;
import org.maillage.platform.tenancy.entity.Tenant;

/**
 * Starts the platform as the web application starts, before the first request: migrations first,
 * then the persistence unit. A servlet listener rather than a CDI start-up observer: only here does
 * Payara resolve {@code java:app} names already. An exception here fails the deployment.
 */
@WebListener
public class PlatformStart implements ServletContextListener {

    @Inject
    Migrations migrations;

    @Inject
    Database database;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        migrations.migrate();
        database.open(List.of(Tenant.class));
    }
}
