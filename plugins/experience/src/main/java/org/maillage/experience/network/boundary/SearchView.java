package org.maillage.experience.network.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.maillage.experience.network.control.Search;

/** A page of the network feed or of a search: its hits with their extracts, and the facets of the words. */
public record SearchView(List<HitView> hits, Map<String, Long> themes, Map<String, Long> departements, Map<String, Long> years) {

    public record HitView(String id, String cooperation, String title, String summary, List<String> themes,
                          List<String> departements, int year, boolean featured, OffsetDateTime sharedAt, double rank,
                          List<Search.Segment> extract) {
    }

    public static SearchView of(Search.Result result) {
        return new SearchView(result.hits().stream().map(h -> new HitView(h.fiche().id(), h.fiche().cooperation(), h.fiche().title(),
                        h.fiche().summary(), SharedFicheView.words(h.fiche().themes()), SharedFicheView.words(h.fiche().departements()),
                        h.fiche().year(), h.fiche().featured(), h.fiche().sharedAt(), h.rank(), h.extract())).toList(),
                result.themes(), result.departements(), result.years());
    }
}
