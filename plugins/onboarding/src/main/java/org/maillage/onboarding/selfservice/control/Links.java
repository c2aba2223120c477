package org.maillage.onboarding.selfservice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.onboarding.campaigns.entity.CampaignRecipient;
import org.maillage.onboarding.settings.OnboardingSettings;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.settings.TenantSettings;
import org.maillage.platform.api.tenant.TenantContext;

/**
 * Makes and checks the self-service links of the current cooperation. A link is refused — with a
 * French message and nothing changed — when it is malformed or its signature does not match this
 * cooperation's key (forged, or another cooperation's: 404), when it has expired (410), or when its
 * volunteer is not one of this cooperation's or had their data erased (410).
 */
@ApplicationScoped
public class Links {

    public static final String INVALID = "Ce lien n'est pas valide. Vérifiez qu'il est complet, ou demandez un nouveau lien à la coopération qui vous l'a envoyé.";
    public static final String EXPIRED = "Ce lien a expiré. Demandez un nouveau lien à la coopération qui vous l'a envoyé.";
    public static final String GONE = "Ce lien ne mène plus à aucune inscription : les données ont été effacées ou la coopération n'accueille plus de bénévoles par ce moyen.";

    @Inject
    LinkKeys keys;

    @Inject
    TenantContext tenant;

    @Inject
    TenantSettings settings;

    @Inject
    EntityManager em;

    @Inject
    @ConfigProperty(name = "maillage.web.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** A checked link: the volunteer it is for and the campaign message it came with, if any. */
    public record Link(Volunteer volunteer, Optional<CampaignRecipient> recipient) {
    }

    /** @return a signed token for the volunteer, valid for the cooperation's {@code onboarding.link-valid-days} */
    public String issue(String volunteerId, String recipientId, Instant now) {
        long days = settings.longValue(OnboardingSettings.LINK_VALID_DAYS.key());
        return new LinkToken(tenant.slug(), volunteerId, recipientId, now, now.plus(Duration.ofDays(days))).sign(keys.key());
    }

    /** @return the address of the self-service page for the token (the token after {@code #}: browsers do not send it to servers) */
    public String pageUrl(String token) {
        return base() + "/plugins/onboarding/self-service.html#lien=" + token;
    }

    /** @return the page, opened on the unsubscribe question */
    public String unsubscribePageUrl(String token) {
        return pageUrl(token) + "&action=desinscription";
    }

    private String base() {
        return publicUrl.replaceAll("/+$", "");
    }

    /**
     * Checks a token of the current cooperation (the caller bound it from {@link LinkToken#read}); joins
     * the caller's transaction.
     *
     * @throws ApiError 404 when forged or malformed, 410 when expired or when the person is gone
     */
    public Link check(String token, Instant now) {
        LinkToken claims = LinkToken.read(token).filter(c -> c.tenant().equals(tenant.slug()))
                .orElseThrow(() -> new ApiError(404, INVALID));
        if (!LinkToken.signedWith(token, keys.key())) {
            throw new ApiError(404, INVALID);
        }
        if (claims.expired(now)) {
            throw new ApiError(410, EXPIRED);
        }
        Volunteer volunteer = Optional.ofNullable(em.find(Volunteer.class, claims.volunteerId()))
                .filter(v -> !v.erased())
                .orElseThrow(() -> new ApiError(410, GONE));
        Optional<CampaignRecipient> recipient = Optional.ofNullable(claims.recipientId())
                .map(id -> em.find(CampaignRecipient.class, id))
                .filter(r -> r.volunteerId().equals(volunteer.id()));
        return new Link(volunteer, recipient);
    }
}
