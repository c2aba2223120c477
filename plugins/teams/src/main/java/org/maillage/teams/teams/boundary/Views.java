package org.maillage.teams.teams.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.maillage.teams.api.ActionKind;
import org.maillage.teams.teams.control.TerritoryCheck;
import org.maillage.teams.teams.entity.Member;
import org.maillage.teams.teams.entity.Partner;
import org.maillage.teams.teams.entity.Team;
import org.maillage.teams.teams.entity.TeamAction;
import org.maillage.teams.teams.entity.TeamStatus;
import org.maillage.teams.teams.entity.TeamTransition;

/** What the API answers about teams, members, partners and actions (JSON). */
public final class Views {

    private Views() {
    }

    public record CommuneView(String code, String nom) {
    }

    public record StatusView(String code, String label) {
        static StatusView of(TeamStatus status) {
            return new StatusView(status.name(), status.label());
        }
    }

    public record TeamView(String id, String name, String carrier, String project, String charterSignedOn,
                           StatusView status, String statusReason, List<StatusView> next, List<CommuneView> communes,
                           List<String> referents, boolean welcoming, long members) {

        static TeamView of(Team t, TerritoryCheck territory, long members) {
            return new TeamView(t.id(), t.name(), t.carrier(), t.project(),
                    t.charterSignedOn() == null ? null : t.charterSignedOn().toString(), StatusView.of(t.status()), t.statusReason(),
                    t.status().next().stream().map(StatusView::of).toList(),
                    t.communeCodes().stream().map(c -> new CommuneView(c, territory.name(c))).toList(),
                    t.referents(), t.welcoming(), members);
        }
    }

    public record TransitionView(String from, String to, String reason, String by, String at) {
        static TransitionView of(TeamTransition t) {
            return new TransitionView(t.from().name(), t.to().name(), t.reason(), t.by(), t.at().toString());
        }
    }

    public record MemberView(String id, String volunteerId, String firstName, String lastName, String email, String phone,
                             String joinedOn, String leftOn) {
        static MemberView of(Member m) {
            return new MemberView(m.id(), m.volunteerId(), m.firstName(), m.lastName(), m.email(), m.phone(),
                    m.joinedOn().toString(), m.leftOn() == null ? null : m.leftOn().toString());
        }
    }

    public record PartnerView(String id, String name, String kind, String kindLabel, CommuneView commune, String contact) {
        public static PartnerView of(Partner p, TerritoryCheck territory) {
            return new PartnerView(p.id(), p.name(), p.kind().name(), p.kind().label(),
                    p.communeCode() == null ? null : new CommuneView(p.communeCode(), territory.name(p.communeCode())), p.contact());
        }
    }

    public record ActionView(String id, String doneOn, String kind, String kindLabel, CommuneView commune, int peopleMet,
                             BigDecimal volunteerHours, String firstNames, List<String> participants) {
        static ActionView of(TeamAction a, Map<String, ActionKind> kinds, TerritoryCheck territory) {
            ActionKind kind = kinds.get(a.kind());
            return new ActionView(a.id(), a.doneOn().toString(), a.kind(), kind == null ? a.kind() : kind.label(),
                    a.communeCode() == null ? null : new CommuneView(a.communeCode(), territory.name(a.communeCode())),
                    a.peopleMet(), a.volunteerHours(), a.firstNames(), a.participants());
        }
    }

    /** A team with everything about it. */
    public record TeamDetail(TeamView team, List<MemberView> members, List<PartnerView> partners, List<ActionView> actions,
                             List<TransitionView> history) {
    }
}
