package org.maillage.onboarding.volunteers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import org.maillage.platform.api.tenant.TenantContext;

/**
 * The size of a selection of the current cooperation's volunteers, counted up to a bound by PostgreSQL itself:
 * {@code select count(*) from (select 1 … limit bound)} stops reading at the bound, so a selection of 300,000 costs what
 * one of {@code bound} does, and nothing but one number leaves the database. JPQL has no subquery in {@code from}, hence
 * SQL here: the same conditions as {@link Volunteers}'s JPQL (erased people left out, each word in the folded search
 * text, states, communes, ids), plus the cooperation written out, as EclipseLink adds it to JPQL (the wall of row-level
 * security holds either way).
 */
@ApplicationScoped
public class SelectionCount {

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenant;

    /** @return how many volunteers the selection holds, or {@code bound} when it holds that many or more */
    public long upTo(VolunteerFilter filter, int bound) {
        List<Object> values = new ArrayList<>();
        values.add(tenant.slug());
        StringBuilder sql = new StringBuilder("select count(*) from (select 1 from onboarding_volunteer v"
                + " where v.tenant_id = ?1 and v.erased_at is null");
        for (String pattern : filter.wordPatterns()) {
            values.add(pattern);
            sql.append(" and v.search_text like ?").append(values.size()).append(" escape '\\'");
        }
        in(sql, values, "v.state", filter.states().stream().map(Enum::name).toList());
        in(sql, values, "v.commune_code", List.copyOf(filter.communes()));
        in(sql, values, "v.id", List.copyOf(filter.ids()));
        sql.append(" limit ").append(bound).append(") selection");
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static void in(StringBuilder sql, List<Object> values, String column, List<String> accepted) {
        if (accepted.isEmpty()) {
            return;
        }
        sql.append(" and ").append(column).append(" in (");
        for (int i = 0; i < accepted.size(); i++) {
            values.add(accepted.get(i));
            sql.append(i == 0 ? "?" : ", ?").append(values.size());
        }
        sql.append(')');
    }
}
