package org.maillage.experience.network.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.maillage.reporting.api.AgendaProposal;
import org.maillage.reporting.api.AgendaProposals;

/**
 * The fiches proposed to the commission réseau, for reporting's agenda (read with no cooperation bound): shown
 * shared fiches only, so nothing private to a cooperation. Where reporting is not started, nobody reads them.
 */
@ApplicationScoped
public class CommissionProposals implements AgendaProposals {

    @Inject
    NetworkFiches fiches;

    @Override
    public List<AgendaProposal> agendaProposals() {
        return fiches.proposedAndShown().stream()
                .map(f -> new AgendaProposal("experience:" + f.id(), cut("Fiche : " + f.title(), 200), f.cooperation(), f.summary()))
                .toList();
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
