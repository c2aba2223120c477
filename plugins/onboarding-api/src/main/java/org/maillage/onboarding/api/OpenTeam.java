package org.maillage.onboarding.api;

import java.util.Objects;
import java.util.Set;

/**
 * A team that welcomes new members.
 *
 * @param id           its id in the teams plugin
 * @param name         its name, shown to coordinators and volunteers
 * @param communeCodes the INSEE codes of the communes it acts in
 */
public record OpenTeam(String id, String name, Set<String> communeCodes) {

    public OpenTeam {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        communeCodes = Set.copyOf(communeCodes);
    }
}
