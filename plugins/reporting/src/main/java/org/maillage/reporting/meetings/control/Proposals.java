package org.maillage.reporting.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.maillage.platform.api.plugin.Extensions;
import org.maillage.platform.api.tenant.NetworkData;
import org.maillage.reporting.api.AgendaProposal;
import org.maillage.reporting.api.AgendaProposals;
import org.maillage.reporting.meetings.entity.AgendaKind;

/** The subjects plugins propose through {@link AgendaProposals}, less those already on an agenda. */
@ApplicationScoped
public class Proposals {

    @Inject
    Extensions extensions;

    @Inject
    @NetworkData
    EntityManager em;

    public List<AgendaProposal> open() {
        Set<String> taken = new HashSet<>(em.createQuery(
                "select a.reference from Meeting m join m.agenda a where a.kind = :kind", String.class)
                .setParameter("kind", AgendaKind.PROPOSAL).getResultList());
        return all().stream().filter(p -> !taken.contains(p.key())).toList();
    }

    public Optional<AgendaProposal> byKey(String key) {
        return all().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    private List<AgendaProposal> all() {
        return extensions.contributions(AgendaProposals.class).stream()
                .flatMap(c -> c.agendaProposals().stream()).toList();
    }
}
