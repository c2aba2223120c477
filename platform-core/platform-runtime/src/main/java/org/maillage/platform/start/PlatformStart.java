package org.maillage.platform.start;

import jakarta.inject.Inject;
import org.maillage.platform.indicators.control.MonthlySnapshots;
import org.maillage.platform.mail.control.Sender;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.ArrayList;
import java.util.List;
import org.maillage.platform.persistence.control.Database;
import org.maillage.platform.persistence.control.Migrations;
import org.maillage.platform.persistence.control.StartLock;
import org.maillage.platform.persistence.control.TenantCache;
import org.maillage.platform.plugins.control.PluginRegistry;
import org.maillage.platform.plugins.control.TenantEventGate;
import org.maillage.platform.tenancy.control.TenantDescriptors;
import org.maillage.platform.tenancy.entity.Tenant;

/**
 * Starts the platform as the web application starts, before the first request: the platform's
 * migrations, the plugins resolved and their migrations, the persistence unit over the platform's and
 * the plugins' entities, then the plugins started in dependency order (stopped in reverse at the end), and the cooperations
 * described in {@code maillage.tenants.dir} provisioned — all of it one instance at a time ({@link StartLock}), so that
 * instances started together on one database do not race — and the background work (snapshots, the mail sender, the listener of {@code TenantCache}) started. A servlet listener rather than a CDI start-up observer: only here does
 * Payara resolve {@code java:app} names already. An exception here fails the deployment.
 */
@WebListener
public class PlatformStart implements ServletContextListener {

    @Inject
    Migrations migrations;

    @Inject
    Database database;

    @Inject
    PluginRegistry plugins;

    @Inject
    TenantEventGate events;

    @Inject
    TenantDescriptors descriptors;

    @Inject
    MonthlySnapshots snapshots;

    @Inject
    Sender sender;

    @Inject
    TenantCache cache;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try (StartLock alone = StartLock.take(database.ownerDataSource())) {
            migrations.migrate();
            plugins.resolve();
            plugins.migrate();
            List<Class<?>> modules = new ArrayList<>();
            modules.add(Tenant.class);
            modules.addAll(plugins.moduleClasses());
            database.open(modules);
            cache.start(database::unpooledConnection);
            events.open();
            plugins.start();
            descriptors.provision();
        }
        snapshots.start();
        sender.start();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        sender.stop();
        snapshots.stop();
        plugins.stop();
        cache.stop();
    }
}
