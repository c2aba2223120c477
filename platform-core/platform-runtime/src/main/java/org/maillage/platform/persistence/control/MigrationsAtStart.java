package org.maillage.platform.persistence.control;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Runs the migrations as the web application starts, before the first request. A servlet listener
 * rather than a CDI start-up observer: only here does Payara resolve {@code java:app} names already.
 * An exception here fails the deployment.
 */
@WebListener
public class MigrationsAtStart implements ServletContextListener {

    @Inject
    Migrations migrations;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        migrations.migrate();
    }
}
