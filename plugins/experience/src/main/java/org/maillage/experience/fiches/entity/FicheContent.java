package org.maillage.experience.fiches.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What the writers of a fiche say, checked by {@code Fiches} before it is stored.
 *
 * @param themes       codes of {@link Themes}
 * @param tags         free words, lower case
 * @param communes     INSEE codes of communes of the cooperation
 * @param teams        ids of the cooperation's teams (the teams plugin's, not checked: it may be absent)
 * @param partnerKinds codes of {@link PartnerKinds}
 * @param contactRole  whom to contact, by role (« l'animatrice de la coopération »), never a phone nor an address
 */
public record FicheContent(String title, String summary, String body, List<String> themes, List<String> tags,
                           List<String> communes, List<String> teams, List<String> partnerKinds,
                           LocalDate periodFrom, LocalDate periodTo, List<Figure> results, String contactRole) {

    public FicheContent {
        themes = List.copyOf(themes);
        tags = List.copyOf(tags);
        communes = List.copyOf(communes);
        teams = List.copyOf(teams);
        partnerKinds = List.copyOf(partnerKinds);
        results = List.copyOf(results);
    }
}
