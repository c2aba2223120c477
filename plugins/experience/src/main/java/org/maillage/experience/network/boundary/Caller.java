package org.maillage.experience.network.boundary;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.maillage.experience.network.control.Writer;
import org.maillage.platform.api.security.Roles;

/** The caller as a writer: their login (the platform's principal), and the address and name of their token. */
public final class Caller {

    private Caller() {
    }

    public static Writer writer(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        if (principal instanceof JsonWebToken token) {
            return Writer.of(token.getName(), token.getClaim("email"), token.getClaim("name"));
        }
        return Writer.of(principal == null ? null : principal.getName(), null, null);
    }

    public static boolean coordinator(SecurityContext security) {
        return security.isUserInRole(Roles.COORDINATOR);
    }
}
