package org.maillage.experience.network.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillage.experience.network.entity.SharedFiche;
import org.maillage.platform.api.tenant.NetworkData;

/**
 * Search in French over the shown shared fiches: PostgreSQL's full text (configuration {@code experience_fr}:
 * unaccent then the french stemmer; weights title and tags, summary, body), ranked by {@code ts_rank}, with an
 * extract of the title, summary and body from {@code ts_headline} returned as segments (the page marks the matches: no
 * HTML travels), and facets (theme, département, year) counted over the text's matches, whatever the filters.
 * Without words: the feed, featured fiches first, then the newest.
 */
@ApplicationScoped
public class Search {

    public static final int LIMIT = 50;

    /** Marks of a match in ts_headline's answer: private-use characters, taken out of what is published. */
    public static final char START = '\uE000';
    public static final char STOP = '\uE001';

    @Inject
    @NetworkData
    EntityManager em;

    @Inject
    NetworkFiches fiches;

    /** The filters of a search; null or empty for none. */
    public record Criteria(String words, String theme, String departement, Integer year) {

        boolean hasWords() {
            return words != null && !words.isBlank();
        }
    }

    /** One part of an extract: a match or not. */
    public record Segment(String text, boolean match) {
    }

    public record Hit(SharedFiche fiche, double rank, List<Segment> extract) {
    }

    public record Result(List<Hit> hits, Map<String, Long> themes, Map<String, Long> departements, Map<String, Long> years) {
    }

    public Result search(Criteria criteria) {
        boolean hasWords = criteria.hasWords();
        String words = hasWords ? criteria.words().strip() : "";
        List<Object> parameters = new ArrayList<>();
        if (hasWords) {
            parameters.add(words);
        }
        StringBuilder filters = new StringBuilder();
        if (criteria.theme() != null && !criteria.theme().isBlank()) {
            parameters.add(criteria.theme());
            filters.append(" and ?").append(parameters.size()).append(" = any(string_to_array(s.themes, ','))");
        }
        if (criteria.departement() != null && !criteria.departement().isBlank()) {
            parameters.add(criteria.departement());
            filters.append(" and ?").append(parameters.size()).append(" = any(string_to_array(s.departements, ','))");
        }
        if (criteria.year() != null) {
            parameters.add(criteria.year());
            filters.append(" and s.year = ?").append(parameters.size());
        }
        String sql = hasWords
                ? "select s.id, ts_rank(s.search, q), experience_headline(s.title || ' — ' || s.summary || ' — ' || s.body_text, q,"
                + " 'StartSel=" + START + ", StopSel=" + STOP + ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"')"
                + " from experience_shared s, websearch_to_tsquery('experience_fr', experience_fold(?1)) q"
                + " where s.hidden = false and s.search @@ q" + filters + " order by 2 desc, s.shared_at desc"
                : "select s.id, 0, '' from experience_shared s where s.hidden = false" + filters
                + " order by s.featured desc, s.shared_at desc";
        Query query = em.createNativeQuery(sql + " limit " + LIMIT);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<Hit> hits = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            SharedFiche fiche = fiches.any((String) columns[0]);
            String extract = (String) columns[2];
            hits.add(new Hit(fiche, ((Number) columns[1]).doubleValue(),
                    extract.isEmpty() ? List.of(new Segment(fiche.summary(), false)) : segments(extract)));
        }
        String matching = hasWords ? " and s.search @@ websearch_to_tsquery('experience_fr', experience_fold(?1))" : "";
        return new Result(hits,
                counts("select t, count(*) from experience_shared s, unnest(string_to_array(s.themes, ',')) t"
                        + " where s.hidden = false" + matching + " group by t order by 2 desc, 1", words),
                counts("select d, count(*) from experience_shared s, unnest(string_to_array(s.departements, ',')) d"
                        + " where s.hidden = false" + matching + " group by d order by 1", words),
                counts("select cast(s.year as text), count(*) from experience_shared s"
                        + " where s.hidden = false" + matching + " group by s.year order by s.year desc", words));
    }

    /** @return the extract cut at the marks of ts_headline */
    public static List<Segment> segments(String headline) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean match = false;
        for (char c : headline.toCharArray()) {
            if (c == START || c == STOP) {
                if (!current.isEmpty()) {
                    segments.add(new Segment(current.toString(), match));
                    current.setLength(0);
                }
                match = c == START;
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            segments.add(new Segment(current.toString(), match));
        }
        return segments;
    }

    private Map<String, Long> counts(String sql, String words) {
        Query query = em.createNativeQuery(sql);
        if (!words.isEmpty()) {
            query.setParameter(1, words);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            if (columns[0] != null && !((String) columns[0]).isEmpty()) {
                counts.put((String) columns[0], ((Number) columns[1]).longValue());
            }
        }
        return counts;
    }
}
