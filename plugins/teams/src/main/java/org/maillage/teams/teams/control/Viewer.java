package org.maillage.teams.teams.control;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Locale;
import org.maillage.platform.api.security.Roles;
import org.maillage.teams.teams.entity.Team;

/**
 * Who reads or changes teams: a coordinator sees every team of the cooperation, a team referent only
 * the teams that name their login among the referents.
 *
 * @param login       the caller's login in lower case (the token's {@code upn}, the platform's principal name)
 * @param coordinator whether the caller is a coordinator of the cooperation
 */
public record Viewer(String login, boolean coordinator) {

    public static Viewer of(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        return new Viewer(principal == null ? "inconnu" : principal.getName().toLowerCase(Locale.ROOT),
                security.isUserInRole(Roles.COORDINATOR));
    }

    public boolean sees(Team team) {
        return coordinator || team.referredBy(login);
    }
}
