package org.maillage.platform.territory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.maillage.platform.persistence.control.Database;
import org.maillage.platform.territory.entity.Commune;

/** The territory as the rest of the platform reads it: each call on its own connection of the platform's pool. */
@ApplicationScoped
public class Territory {

    @Inject
    Database database;

    /** @return the communes matching every term, exact name first, then the most populated, at most {@code limit} */
    public List<Commune> search(CommuneQuery query, String departement, int limit) {
        return read(queries -> queries.search(query, departement, limit));
    }

    public Optional<Commune> commune(String code) {
        return read(queries -> queries.commune(code));
    }

    /** @return the communes a postcode serves, by name; empty for an unknown postcode */
    public List<Commune> ofPostcode(String postcode) {
        return read(queries -> queries.ofPostcode(postcode));
    }

    /** @return the member communes of an EPCI, by name */
    public List<Commune> ofEpci(String epci) {
        return read(queries -> queries.ofEpci(epci));
    }

    /** @return the communes of the départements, by name */
    public List<Commune> ofDepartements(Collection<String> departements) {
        return read(queries -> queries.ofDepartements(departements));
    }

    private <T> T read(Read<T> read) {
        try (Connection connection = database.dataSource().getConnection()) {
            return read.from(new TerritoryQueries(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the territory", e);
        }
    }

    @FunctionalInterface
    private interface Read<T> {
        T from(TerritoryQueries queries) throws SQLException;
    }
}
