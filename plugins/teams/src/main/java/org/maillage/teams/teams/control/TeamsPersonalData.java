package org.maillage.teams.teams.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.platform.api.personaldata.PersonalData;
import org.maillage.teams.api.ActionKind;
import org.maillage.teams.teams.entity.Member;
import org.maillage.teams.teams.entity.Team;
import org.maillage.teams.teams.entity.TeamAction;
import org.maillage.teams.teams.entity.Words;

/**
 * A person's data in teams: their memberships (with the actions they took part in and their hours) and
 * the teams they refer, when their login is their e-mail address.
 *
 * <p>Erasure anonymises the memberships (names, e-mail, phone and the link to onboarding cleared; the
 * dates stay for the counts), removes the person from the participants of actions (the actions and
 * their hours stay, anonymous), removes them from the referents, and clears their login where it
 * recorded who logged an action or changed a status.
 */
@ApplicationScoped
public class TeamsPersonalData implements PersonalData {

    @Inject
    EntityManager em;

    @Inject
    Members members;

    @Inject
    ActionLog actions;

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> data = new LinkedHashMap<>();
        Map<String, ActionKind> kinds = actions.kinds();
        List<Map<String, Object>> memberships = new ArrayList<>();
        for (Member m : members.ofEmail(person.email())) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("équipe", m.team().name());
            put(entry, "prénom", m.firstName());
            put(entry, "nom", m.lastName());
            put(entry, "e-mail", m.email());
            put(entry, "téléphone", m.phone());
            put(entry, "arrivée le", m.joinedOn());
            put(entry, "départ le", m.leftOn());
            List<Map<String, Object>> done = new ArrayList<>();
            for (TeamAction a : actions.withParticipant(m)) {
                Map<String, Object> action = new LinkedHashMap<>();
                action.put("le", a.doneOn().toString());
                action.put("type", kinds.containsKey(a.kind()) ? kinds.get(a.kind()).label() : a.kind());
                action.put("heures de bénévolat de l’action", a.volunteerHours().toPlainString());
                done.add(action);
            }
            if (!done.isEmpty()) {
                entry.put("actions", done);
            }
            memberships.add(entry);
        }
        if (!memberships.isEmpty()) {
            data.put("équipes", memberships);
        }
        List<String> referred = referredBy(person.email()).stream().map(Team::name).toList();
        if (!referred.isEmpty()) {
            data.put("référent des équipes", referred);
        }
        return data;
    }

    @Override
    public int erase(Person person) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int erased = 0;
        for (Member m : members.ofEmail(person.email())) {
            for (TeamAction a : actions.withParticipant(m)) {
                a.dropParticipant(m.id());
                erased++;
            }
            m.erase(now);
            erased++;
        }
        for (Team team : referredBy(person.email())) {
            team.dropReferent(person.email(), now);
            erased++;
        }
        erased += em.createQuery("update TeamAction a set a.loggedBy = null where lower(a.loggedBy) = :login")
                .setParameter("login", person.email()).executeUpdate();
        erased += em.createQuery("update TeamTransition t set t.by = null where lower(t.by) = :login")
                .setParameter("login", person.email()).executeUpdate();
        return erased;
    }

    private List<Team> referredBy(String login) {
        return em.createQuery("select t from Team t where lower(t.referents) like :login escape '\\'", Team.class)
                .setParameter("login", Words.pattern(login)).getResultList();
    }

    private static void put(Map<String, Object> data, String key, Object value) {
        if (value != null) {
            data.put(key, value.toString());
        }
    }
}
