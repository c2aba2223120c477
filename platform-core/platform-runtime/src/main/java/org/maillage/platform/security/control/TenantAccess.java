package org.maillage.platform.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Whether the caller may act on a cooperation: members (a role in that cooperation) may, within the
 * roles they hold there; network admins may read any cooperation, and write only through
 * {@code @NetworkLevel} methods; nobody else may.
 */
@ApplicationScoped
public class TenantAccess {

    /** The path parameter that names the cooperation of a tenant-scoped resource. */
    public static final String PATH_PARAMETER = "tenant";

    @Inject
    Caller caller;

    /** @return the French reason for refusing the caller, or empty when the caller may go on */
    public Optional<String> refusal(String slug, boolean write, boolean networkLevel) {
        if (caller.memberOf(slug)) {
            return Optional.empty();
        }
        if (caller.networkAdmin()) {
            return !write || networkLevel ? Optional.empty()
                    : Optional.of("Les administrateurs du réseau consultent les coopérations mais ne modifient pas leurs données.");
        }
        return Optional.of(notMember(slug));
    }

    /** @return the refusal of a caller who holds no role in the cooperation */
    public static String notMember(String slug) {
        return "Vous n’êtes pas membre de la coopération « " + slug + " ».";
    }
}
