package org.maillage.onboarding.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillage.platform.api.plugin.ExtensionPoint;

/**
 * The volunteers onboarding follows, for plugins that work with them: the teams plugin takes its
 * members from them. Contributed by onboarding itself, so there is no contribution where onboarding is
 * not enabled. Every call works on the current cooperation and inside the caller's transaction.
 */
@ExtensionPoint(plugin = "onboarding")
public interface VolunteerDirectory {

    /** @return the volunteer, empty when unknown or erased */
    Optional<VolunteerCard> find(String volunteerId);

    /** @return the volunteers whose name, e-mail or commune matches the text, at most {@code max}, by name */
    List<VolunteerCard> search(String text, int max);

    /**
     * Records that the volunteer joined a team: moves them to IN_TEAM (a transition by {@code by},
     * with the team's name) unless they are there already.
     *
     * @return the volunteer after the move
     * @throws org.maillage.platform.api.errors.ApiError 404 when unknown, 409 when the volunteer
     *         withdrew (they must get in touch again first)
     */
    VolunteerCard joinedTeam(String volunteerId, String teamName, String by);

    /** @return how many volunteers still on the way (not withdrawn, not erased) live in each commune, by INSEE code */
    Map<String, Long> countByCommune();
}
