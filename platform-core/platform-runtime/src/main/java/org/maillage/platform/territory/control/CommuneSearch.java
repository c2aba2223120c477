package org.maillage.platform.territory.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a commune search. A word must start a word of the name ({@code nom_recherche like '% mal%'}),
 * St and Ste also match the whole word Saint and Sainte; failing that, the words typed together
 * may start the name written without spaces ({@code nom_compact like 'lhay%'}). Groups of digits
 * must start one of the commune's postcodes, searched as a range on the postcode index. Ranked:
 * exact name first, then the most populated, then by code. The EPCI is joined to the chosen
 * communes only, after the limit: joined before, it doubled the time of a broad search.
 *
 * @param sql        the statement
 * @param parameters the values of its {@code ?}, in order
 */
public record CommuneSearch(String sql, List<Object> parameters) {

    static final String COLUMNS = "c.code, c.nom, c.departement, c.region, c.epci, e.nom, c.population";
    static final String FROM = " from platform_commune c left join platform_epci e on e.code = c.epci";

    public static CommuneSearch of(CommuneQuery query, String departement, int limit) {
        StringBuilder sql = new StringBuilder("select c.code, c.nom, c.departement, c.region, c.epci, c.population,")
                .append(" case when c.nom_compact = ? then 0 else 1 end as rang from platform_commune c where 1 = 1");
        List<Object> parameters = new ArrayList<>();
        parameters.add(query.compact());
        if (!query.words().isEmpty()) {
            sql.append(" and ((1 = 1");
            for (String word : query.words()) {
                sql.append(" and (c.nom_recherche like ?");
                parameters.add("% " + word + "%");
                String expansion = SearchText.expansion(word);
                if (expansion != null) {
                    sql.append(" or c.nom_recherche like ?");
                    parameters.add("% " + expansion + " %");
                }
                sql.append(")");
            }
            sql.append(") or c.nom_compact like ?)");
            parameters.add(query.compact() + "%");
        }
        for (String digits : query.postcodes()) {
            sql.append(" and c.code in (select p.code_commune from platform_postcode p where p.code_postal between ? and ?)");
            parameters.add(padded(digits, '0'));
            parameters.add(padded(digits, '9'));
        }
        if (departement != null) {
            sql.append(" and c.departement = ?");
            parameters.add(departement);
        }
        sql.append(" order by rang, c.population desc nulls last, c.code limit ?");
        parameters.add(limit);
        return new CommuneSearch("select " + COLUMNS + " from (" + sql + ") c left join platform_epci e on e.code = c.epci"
                + " order by c.rang, c.population desc nulls last, c.code", parameters);
    }

    /** A postcode prefix as the lowest or highest postcode that starts with it: {@code 354} → 35400 or 35499. */
    static String padded(String digits, char fill) {
        if (digits.length() >= 5) {
            return digits;
        }
        return digits + String.valueOf(fill).repeat(5 - digits.length());
    }
}
