package org.maillage.onboarding.selfservice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.onboarding.campaigns.entity.CampaignRecipient;
import org.maillage.onboarding.selfservice.control.LinkKeys.Signer;
import org.maillage.onboarding.settings.OnboardingSettings;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.settings.TenantSettings;
import org.maillage.platform.api.tenant.TenantContext;

/**
 * Makes and checks the self-service links. A link is checked in this order: its shape, its signature (with
 * the key its claims name, computed without the database), its expiry — all before anything about the
 * cooperation is looked up — then, as the cooperation, that its key is not revoked and that its volunteer is
 * there, not erased, and has not had their links revoked since. Every refusal is the same 404 with the same
 * French message ({@link #INVALID}), so that no answer tells whether a cooperation, a volunteer or a key exists.
 */
@ApplicationScoped
public class Links {

    public static final String INVALID = "Ce lien n’est pas valide ou ne l’est plus : il est incomplet, a expiré ou a été remplacé,"
            + " ou les données ont été effacées. Demandez un nouveau lien à la coopération qui vous l’a envoyé.";

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

    /** Signs the links of one sending, all with the same key and life. */
    public record Issuer(String tenant, Signer signer, Instant issuedAt, Instant expiresAt) {

        public String issue(Volunteer volunteer, String recipientId) {
            return new LinkToken(tenant, signer.keyId(), volunteer.id(), recipientId, volunteer.linkGeneration(), issuedAt, expiresAt)
                    .sign(signer.key());
        }
    }

    /**
     * @return what signs the current cooperation's links made {@code now}, valid for its {@code onboarding.link-valid-days}
     * @throws ApiError 503 when the platform has no secret to sign with
     */
    public Issuer issuer(Instant now) {
        long days = settings.longValue(OnboardingSettings.LINK_VALID_DAYS.key());
        return new Issuer(tenant.slug(), keys.signer(), now, now.plus(Duration.ofDays(days)));
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
     * Checks what can be checked of a token without the database: shape, signature, expiry. Needs no cooperation.
     *
     * @return its claims
     * @throws ApiError 404 ({@link #INVALID}) when any of them fails
     */
    public LinkToken verify(String token, Instant now) {
        LinkToken claims = LinkToken.read(token).orElseThrow(Links::invalid);
        byte[] key = keys.key(claims.tenant(), claims.keyId()).orElseThrow(Links::invalid);
        if (!LinkToken.signedWith(token, key) || claims.expired(now)) {
            throw invalid();
        }
        return claims;
    }

    /**
     * Checks a token of the current cooperation (the caller bound it from {@link #verify}); joins the caller's transaction.
     *
     * @throws ApiError 404 ({@link #INVALID}) when it is not valid, whatever the reason
     */
    public Link check(String token, Instant now) {
        LinkToken claims = verify(token, now);
        if (!claims.tenant().equals(tenant.slug()) || !keys.usable(claims.keyId())) {
            throw invalid();
        }
        Volunteer volunteer = Optional.ofNullable(em.find(Volunteer.class, claims.volunteerId()))
                .filter(v -> !v.erased() && v.linkGeneration() == claims.generation())
                .orElseThrow(Links::invalid);
        Optional<CampaignRecipient> recipient = Optional.ofNullable(claims.recipientId())
                .map(id -> em.find(CampaignRecipient.class, id))
                .filter(r -> r.volunteerId().equals(volunteer.id()));
        return new Link(volunteer, recipient);
    }

    public static ApiError invalid() {
        return new ApiError(404, INVALID);
    }
}
