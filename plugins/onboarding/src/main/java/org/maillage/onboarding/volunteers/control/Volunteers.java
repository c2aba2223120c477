package org.maillage.onboarding.volunteers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.onboarding.volunteers.entity.VolunteerState;
import org.maillage.onboarding.volunteers.entity.VolunteerTransition;
import org.maillage.platform.api.errors.ApiError;

/** The volunteers of the current cooperation: finding, selecting, counting. Joins the caller's transaction. */
@ApplicationScoped
public class Volunteers {

    private static final String REACHABLE = " and v.email is not null and v.unsubscribedAt is null";

    @Inject
    EntityManager em;

    @Inject
    SelectionCount selectionCount;

    @Inject
    Config config;

    /**
     * Up to how many volunteers the list's total is exact ({@value #EXACT_UP_TO_KEY}, default {@value #EXACT_UP_TO}):
     * a count of the whole selection read every row of it on every page (300,000 for a national-size cooperation: the
     * list collapsed under load); past this, the total is a lower bound. A coordinator of a departmental cooperation
     * (a few thousand volunteers) always sees the exact figure.
     */
    public static final int EXACT_UP_TO = 10_000;
    static final String EXACT_UP_TO_KEY = "maillage.onboarding.list.exact-up-to";

    /**
     * The same for a search ({@value #SEARCH_EXACT_UP_TO_KEY}, default {@value #SEARCH_EXACT_UP_TO}): counting a
     * frequent word's matches reads the list's index until that many are found (« lorient » in the Morbihan: one entry
     * in 13; 10,000 matches meant reading 130,000 entries on every page), and no index can answer LIKE behind the
     * wall (see migration V9).
     */
    public static final int SEARCH_EXACT_UP_TO = 1_000;
    static final String SEARCH_EXACT_UP_TO_KEY = "maillage.onboarding.list.search-exact-up-to";

    /**
     * A page of a selection, with the size of the whole selection when {@code exact}, else a lower bound of it
     * (the selection holds more than {@link #EXACT_UP_TO} volunteers, and more than the page reaches).
     */
    public record Page(List<Volunteer> items, long total, boolean exact) {
    }

    public Volunteer find(String id) {
        return Optional.ofNullable(em.find(Volunteer.class, id)).filter(v -> !v.erased())
                .orElseThrow(() -> new ApiError(404, "Aucun bénévole n’a l’identifiant « " + id + " » dans cette coopération."));
    }

    public Optional<Volunteer> byEmail(String normalisedEmail) {
        return em.createQuery("select v from Volunteer v where v.email = :email", Volunteer.class)
                .setParameter("email", normalisedEmail)
                .getResultStream().findFirst();
    }

    /** @return the volunteers with these normalised addresses, by address */
    public Map<String, Volunteer> byEmails(Collection<String> emails) {
        Map<String, Volunteer> found = new LinkedHashMap<>();
        if (!emails.isEmpty()) {
            em.createQuery("select v from Volunteer v where v.email in :emails", Volunteer.class)
                    .setParameter("emails", emails)
                    .getResultList()
                    .forEach(v -> found.put(v.email(), v));
        }
        return found;
    }

    /** @return the id and address of the volunteers with these phone keys, by phone key (one each) */
    public Map<String, String[]> byPhoneKeys(Collection<String> keys) {
        Map<String, String[]> found = new LinkedHashMap<>();
        if (!keys.isEmpty()) {
            em.createQuery("select v.phoneKey, v.id, v.email from Volunteer v where v.phoneKey in :keys", Object[].class)
                    .setParameter("keys", keys)
                    .getResultList()
                    .forEach(row -> found.putIfAbsent((String) row[0], new String[]{(String) row[1], (String) row[2]}));
        }
        return found;
    }

    public void add(Volunteer volunteer) {
        em.persist(volunteer);
    }

    public void add(VolunteerTransition transition) {
        em.persist(transition);
    }

    /**
     * @return the volunteers of the selection, in order, from {@code first} on, with the selection's size (exact up to
     *         a bound, see {@link #EXACT_UP_TO})
     */
    public Page page(VolunteerFilter filter, VolunteerSort sort, int first, int max) {
        List<Volunteer> items = items(filter, sort, first, max);
        if (items.size() < max && (first == 0 || !items.isEmpty())) {
            // the last page: its query found the end of the selection (a rare word read the index once, not twice)
            return new Page(items, first + items.size(), true);
        }
        // a deep page (past the bound) counts up to its own end, which its query read anyway
        int bound = Math.max(exactUpTo(filter), first + max);
        long found = selectionCount.upTo(filter, bound + 1);
        return found > bound ? new Page(items, bound, false) : new Page(items, found, true);
    }

    /**
     * @return the volunteers of the selection, in order, from {@code first} on, at most {@code max}: their ids first (in
     *         the default order a walk of one index, search text included, that stops at the page's end), then those rows
     */
    public List<Volunteer> items(VolunteerFilter filter, VolunteerSort sort, int first, int max) {
        TypedQuery<String> query = em.createQuery("select v.id from Volunteer v" + where(filter) + sort.orderBy(), String.class);
        List<String> ids = bind(query, filter).setFirstResult(first).setMaxResults(max).getResultList();
        List<Volunteer> items = new ArrayList<>();
        if (!ids.isEmpty()) {
            Map<String, Volunteer> byId = new HashMap<>();
            withIds(ids).forEach(v -> byId.put(v.id(), v));
            ids.stream().map(byId::get).filter(v -> v != null).forEach(items::add);
        }
        return items;
    }

    private int exactUpTo(VolunteerFilter filter) {
        return filter.words().isEmpty()
                ? config.getOptionalValue(EXACT_UP_TO_KEY, Integer.class).orElse(EXACT_UP_TO)
                : config.getOptionalValue(SEARCH_EXACT_UP_TO_KEY, Integer.class).orElse(SEARCH_EXACT_UP_TO);
    }

    /** @return the ids of the selection after {@code afterId} (in id order), at most {@code max}: for walking a large selection */
    public List<String> ids(VolunteerFilter filter, String afterId, int max) {
        TypedQuery<String> query = em.createQuery("select v.id from Volunteer v" + where(filter) + " and v.id > :after order by v.id", String.class);
        return bind(query, filter).setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /** @return how many volunteers of the selection a message reaches: with an address, not unsubscribed */
    public long countReachable(VolunteerFilter filter) {
        TypedQuery<Long> count = em.createQuery("select count(v) from Volunteer v" + where(filter) + REACHABLE, Long.class);
        return bind(count, filter).getSingleResult();
    }

    /** @return like {@link #ids}, only the volunteers a message reaches */
    public List<String> reachableIds(VolunteerFilter filter, String afterId, int max) {
        TypedQuery<String> query = em.createQuery("select v.id from Volunteer v" + where(filter) + REACHABLE
                + " and v.id > :after order by v.id", String.class);
        return bind(query, filter).setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    public List<Volunteer> withIds(Collection<String> ids) {
        return em.createQuery("select v from Volunteer v where v.id in :ids order by v.id", Volunteer.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public List<VolunteerTransition> transitionsOf(String volunteerId) {
        return em.createQuery("select t from VolunteerTransition t where t.volunteer.id = :id order by t.at, t.id", VolunteerTransition.class)
                .setParameter("id", volunteerId)
                .getResultList();
    }

    /** @return how many volunteers (erased ones included: they were welcomed) are in each state */
    public Map<VolunteerState, Long> countByState() {
        Map<VolunteerState, Long> counts = zeroes();
        em.createQuery("select v.state, count(v) from Volunteer v group by v.state", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((VolunteerState) row[0], (Long) row[1]));
        return counts;
    }

    /** @return how many volunteers of the selection are in each state, every state present (erased ones left out, like the list) */
    public Map<VolunteerState, Long> countByState(VolunteerFilter filter) {
        Map<VolunteerState, Long> counts = zeroes();
        TypedQuery<Object[]> query = em.createQuery("select v.state, count(v) from Volunteer v" + where(filter) + " group by v.state", Object[].class);
        bind(query, filter).getResultList().forEach(row -> counts.put((VolunteerState) row[0], (Long) row[1]));
        return counts;
    }

    private static Map<VolunteerState, Long> zeroes() {
        Map<VolunteerState, Long> counts = new EnumMap<>(VolunteerState.class);
        for (VolunteerState state : VolunteerState.values()) {
            counts.put(state, 0L);
        }
        return counts;
    }

    private static String where(VolunteerFilter filter) {
        StringBuilder where = new StringBuilder(" where v.erasedAt is null");
        for (int i = 0; i < filter.words().size(); i++) {
            where.append(" and v.searchText like :w").append(i).append(" escape '\\'");
        }
        if (!filter.states().isEmpty()) {
            where.append(" and v.state in :states");
        }
        if (!filter.communes().isEmpty()) {
            where.append(" and v.communeCode in :communes");
        }
        if (!filter.ids().isEmpty()) {
            where.append(" and v.id in :ids");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, VolunteerFilter filter) {
        List<String> patterns = filter.wordPatterns();
        for (int i = 0; i < patterns.size(); i++) {
            query.setParameter("w" + i, patterns.get(i));
        }
        if (!filter.states().isEmpty()) {
            query.setParameter("states", filter.states());
        }
        if (!filter.communes().isEmpty()) {
            query.setParameter("communes", filter.communes());
        }
        if (!filter.ids().isEmpty()) {
            query.setParameter("ids", filter.ids());
        }
        return query;
    }
}
