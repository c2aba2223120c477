package org.maillage.platform.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.maillage.platform.persistence.control.Database;
import org.maillage.platform.persistence.control.Migrations;
import org.maillage.platform.territory.control.TerritoryLoader;

/**
 * Ready when the database answers within two seconds, the migrations ran, the persistence unit is open
 * and the territory is loaded.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    public static final String NAME = "maillage-database";

    @Inject
    Database database;

    @Inject
    Migrations migrations;

    @Inject
    TerritoryLoader territory;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named(NAME).withData("migrations", migrations.done() ? migrations.version() : "not run")
                .withData("territory", territory.last().map(load -> load.checksum().substring(0, 12)).orElse("not loaded"));
        try (Connection connection = database.dataSource().getConnection()) {
            boolean valid = connection.isValid(2);
            response.withData("database", connection.getMetaData().getDatabaseProductName());
            return response.withData("persistence", database.isOpen() ? "open" : "closed")
                    .status(valid && migrations.done() && database.isOpen() && territory.last().isPresent()).build();
        } catch (SQLException e) {
            return response.withData("error", e.getMessage()).down().build();
        }
    }
}
