package org.maillage.platform.tenancy.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.logging.Logger;
import org.maillage.platform.persistence.control.TenantCache;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.errors.ErrorBody.FieldError;
import org.maillage.platform.security.control.KeycloakGroups;
import org.maillage.platform.tenancy.entity.Tenant;
import org.maillage.platform.tenancy.entity.TenantStatus;

/**
 * The rules of the registry of cooperations: unique slugs, real départements, allowed status moves.
 * Every refusal is an {@link ApiError} with a French message.
 */
@ApplicationScoped
public class TenantRegistry {

    @Inject
    Tenants tenants;

    @Inject
    Departements departements;

    @Inject
    KeycloakGroups identity;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    TenantCache cache;

    private static final Logger LOG = Logger.getLogger(TenantRegistry.class.getName());

    Clock clock = Clock.systemUTC();

    /** A contact address: one mailbox, a domain with a dot; what the outbox can send to. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;:<>\"()\\[\\]]{1,64}@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    static final String CONTACT_FIELD = "contactEmail";

    public Tenant create(String slug, String displayName, List<String> codes) {
        return create(slug, displayName, codes, null);
    }

    /** @param contactEmail the cooperation's contact address, or null */
    public Tenant create(String slug, String displayName, List<String> codes, String contactEmail) {
        List<String> checked = checkedDepartements(codes);
        String contact = checkedContact(contactEmail);
        if (tenants.find(slug).isPresent()) {
            throw new ApiError(409, "Une coopération existe déjà avec l’identifiant « " + slug + " ».");
        }
        Tenant tenant = new Tenant(slug, displayName.trim(), checked, now());
        tenant.contact(contact, now());
        tenants.add(tenant);
        // inserted before Keycloak is asked: a concurrent creation of the same slug waits here on the unique key and
        // is refused (409) without touching the group, which only the request that holds the row creates (or undoes)
        tenants.flush();
        // a group that existed before (a realm imported with its members) is kept as it is
        reflect(tenant, () -> { });
        return tenant;
    }

    public Tenant change(String slug, String displayName, List<String> codes) {
        Tenant tenant = existing(slug);
        if (tenant.status() == TenantStatus.ARCHIVED) {
            throw new ApiError(410, "La coopération « " + slug + " » est archivée : elle ne peut plus être modifiée.");
        }
        String before = tenant.displayName();
        tenant.rename(displayName.trim(), checkedDepartements(codes), now());
        tenants.flush();
        reflect(tenant, () -> identity.save(slug, before, tenant.status().name()));
        return tenant;
    }

    /**
     * Sets or removes (null or blank) the cooperation's contact address, where the network writes to it.
     *
     * @throws ApiError 400 when it is not one address (the message never repeats it: it is not logged either)
     */
    public Tenant contact(String slug, String contactEmail) {
        Tenant tenant = existing(slug);
        if (tenant.status() == TenantStatus.ARCHIVED) {
            throw new ApiError(410, "La coopération « " + slug + " » est archivée : elle ne peut plus être modifiée.");
        }
        tenant.contact(checkedContact(contactEmail), now());
        tenants.flush();
        return tenant;
    }

    public Tenant move(String slug, TenantStatus target) {
        Tenant tenant = existing(slug);
        TenantStatus before = tenant.status();
        try {
            tenant.moveTo(target, now());
            cache.changed(TenantCache.tenantKey(slug));
        } catch (IllegalStateException e) {
            throw new ApiError(409, "La coopération « " + slug + " » est " + label(tenant.status())
                    + " : elle ne peut pas passer à l’état " + label(target) + ".");
        }
        reflect(tenant, () -> identity.save(slug, tenant.displayName(), before.name()));
        return tenant;
    }

    public Tenant existing(String slug) {
        return tenants.find(slug)
                .orElseThrow(() -> new ApiError(404, "Aucune coopération n’a l’identifiant « " + slug + " »."));
    }

    /**
     * Reflects the cooperation in Keycloak within the transaction: if Keycloak cannot be reached the
     * change is refused (503) and rolled back; if the transaction rolls back after Keycloak changed,
     * the group is deleted when this change created it, else {@code restore} puts it back.
     */
    private void reflect(Tenant tenant, Runnable restore) {
        Runnable undo;
        try {
            boolean created = identity.save(tenant.slug(), tenant.displayName(), tenant.status().name());
            undo = created ? () -> identity.delete(tenant.slug()) : restore;
        } catch (KeycloakGroups.IdentityUnavailable e) {
            throw new ApiError(503, "Le service d’identité (Keycloak) est indisponible : la coopération « " + tenant.slug()
                    + " » n’a pas été modifiée. Réessayez dans quelques instants.");
        }
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        undo.run();
                    } catch (RuntimeException e) {
                        LOG.warning(() -> "Could not undo the Keycloak change of " + tenant.slug() + ": " + e.getMessage());
                    }
                }
            }
        });
    }

    private List<String> checkedDepartements(List<String> codes) {
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).trim().toUpperCase();
            if (!departements.exists(code)) {
                unknown.add(new FieldError("departements[" + i + "]",
                        "« " + codes.get(i) + " » n’est pas un code de département (exemples : 56, 2A, 971)"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ApiError(400, "La requête contient des valeurs invalides.", unknown);
        }
        return List.copyOf(new LinkedHashSet<>(codes.stream().map(c -> c.trim().toUpperCase()).sorted().toList()));
    }

    /** @return the address trimmed and in lower case, or null for none */
    static String checkedContact(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String trimmed = address.strip().toLowerCase(Locale.ROOT);
        if (trimmed.length() > 254 || !ADDRESS.matcher(trimmed).matches()) {
            throw ApiError.invalidField(CONTACT_FIELD, "n'est pas une adresse électronique valide (exemple : contact@cooperation.fr)");
        }
        return trimmed;
    }

    private static String label(TenantStatus status) {
        return switch (status) {
            case ACTIVE -> "active";
            case SUSPENDED -> "suspendue";
            case ARCHIVED -> "archivée";
        };
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
