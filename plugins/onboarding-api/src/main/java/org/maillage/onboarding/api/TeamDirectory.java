package org.maillage.onboarding.api;

import java.util.List;
import org.maillage.platform.api.plugin.ExtensionPoint;

/**
 * The citizen teams a volunteer could join, which onboarding's matching suggests by proximity.
 * Contributed by the teams plugin; no contribution where it is not enabled.
 */
@ExtensionPoint(plugin = "onboarding")
public interface TeamDirectory {

    /** @return the current cooperation's teams that welcome new members, with the communes they act in */
    List<OpenTeam> openTeams();
}
