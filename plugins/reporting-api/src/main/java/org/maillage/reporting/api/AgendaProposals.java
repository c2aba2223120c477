package org.maillage.reporting.api;

import java.util.List;
import org.maillage.platform.api.plugin.ExtensionPoint;

/**
 * Subjects other plugins propose for the commission réseau's agenda. A plugin contributes a bean that
 * implements this interface and declares a dependency on {@code reporting}; a network admin sees the
 * proposals of every started plugin beside the cooperations' questions and puts the ones they choose on a
 * meeting's agenda. Proposals are read each time the admin looks (no tenant is bound: the call is the
 * network's): return what is worth discussing now, and nothing private to one cooperation.
 */
@ExtensionPoint(plugin = "reporting")
public interface AgendaProposals {

    /** @return the proposals of this contributor, in the order to show them */
    List<AgendaProposal> agendaProposals();
}
