package org.maillage.platform.territory.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillage.platform.territory.entity.Commune;
import org.maillage.platform.territory.entity.Epci;

/** The reads of the territory tables, on one JDBC connection. Lists are sorted by name, searches ranked. */
public final class TerritoryQueries {

    /** How many commune codes one {@code in (...)} list holds at most. */
    private static final int CHUNK = 500;

    private final Connection connection;

    public TerritoryQueries(Connection connection) {
        this.connection = connection;
    }

    /** @return the communes that match every term of the query, exact name first, then the most populated */
    public List<Commune> search(CommuneQuery query, String departement, int limit) throws SQLException {
        CommuneSearch search = CommuneSearch.of(query, departement, limit);
        return withPostcodes(select(search.sql(), search.parameters()));
    }

    public Optional<Commune> commune(String code) throws SQLException {
        return withPostcodes(where("c.code = ?", List.of(code))).stream().findFirst();
    }

    /** @return the communes a postcode serves, by name */
    public List<Commune> ofPostcode(String postcode) throws SQLException {
        return sorted(where("c.code in (select p.code_commune from platform_postcode p where p.code_postal = ?)", List.of(postcode)));
    }

    /** @return the member communes of an EPCI, by name */
    public List<Commune> ofEpci(String epci) throws SQLException {
        return sorted(where("c.epci = ?", List.of(epci)));
    }

    /** @return the communes of the départements, by name */
    public List<Commune> ofDepartements(Collection<String> departements) throws SQLException {
        if (departements.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", departements.stream().map(d -> "?").toList());
        return sorted(where("c.departement in (" + marks + ")", List.copyOf(departements)));
    }

    private List<Commune> sorted(List<Commune> communes) throws SQLException {
        List<Commune> sorted = new ArrayList<>(withPostcodes(communes));
        sorted.sort(Commune.BY_NAME);
        return sorted;
    }

    private List<Commune> where(String condition, List<Object> parameters) throws SQLException {
        return select("select " + CommuneSearch.COLUMNS + CommuneSearch.FROM + " where " + condition, parameters);
    }

    private List<Commune> select(String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            List<Commune> communes = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    int value = row.getInt(7);
                    Integer population = row.wasNull() ? null : value;
                    String epci = row.getString(5);
                    communes.add(new Commune(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                            epci == null ? null : new Epci(epci, row.getString(6)), population, List.of()));
                }
            }
            return communes;
        }
    }

    /** @return the communes with their postcodes, in the same order */
    private List<Commune> withPostcodes(List<Commune> communes) throws SQLException {
        Map<String, List<String>> postcodes = new HashMap<>();
        for (int from = 0; from < communes.size(); from += CHUNK) {
            List<Object> codes = communes.subList(from, Math.min(from + CHUNK, communes.size())).stream()
                    .map(c -> (Object) c.code()).toList();
            String marks = String.join(", ", codes.stream().map(c -> "?").toList());
            try (PreparedStatement statement = connection.prepareStatement(
                    "select code_commune, code_postal from platform_postcode where code_commune in (" + marks + ") order by code_postal")) {
                bind(statement, codes);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        postcodes.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(row.getString(2));
                    }
                }
            }
        }
        return communes.stream().map(c -> c.withCodesPostaux(postcodes.getOrDefault(c.code(), List.of()))).toList();
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else {
                statement.setString(i + 1, (String) value);
            }
        }
    }
}
