package org.maillage.onboarding.actions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillage.onboarding.actions.entity.Participation;
import org.maillage.onboarding.actions.entity.ParticipationStatus;

/**
 * A volunteer's participations for their RGPD requests: exported with the rest of their data; on
 * erasure, they leave the actions they were enrolled in or waiting for (the place goes to the waiting
 * list) and nothing on their participations names who changed them. Confirmed participations stay,
 * anonymous with the volunteer, for the counts.
 */
@ApplicationScoped
public class Participations {

    @Inject
    FirstActions actions;

    /** @return each participation, JSON-ready with French keys */
    public List<Map<String, Object>> export(String volunteerId) {
        return actions.of(volunteerId).stream().map(p -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("action", p.action().title());
            entry.put("commune", p.action().communeName());
            entry.put("du", p.action().startsOn().toString());
            entry.put("au", p.action().endsOn().toString());
            entry.put("statut", p.status().label());
            entry.put("demandée le", p.askedAt().toString());
            return entry;
        }).toList();
    }

    /** @return how many participations were changed */
    public int erase(String volunteerId, OffsetDateTime now) {
        List<Participation> all = actions.of(volunteerId);
        for (Participation p : all) {
            if (p.status() == ParticipationStatus.ENROLLED || p.status() == ParticipationStatus.WAITING) {
                actions.leave(p.action().id(), volunteerId, "effacement", now);
            }
            p.eraseAuthor();
        }
        return all.size();
    }
}
