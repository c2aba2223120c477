package org.maillage.onboarding.mail.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.onboarding.mail.control.MailServer;
import org.maillage.onboarding.mail.control.Outbox;
import org.maillage.onboarding.mail.entity.OutboxState;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.security.Roles;

/** The outbox of a cooperation (campaign messages and digests), for its coordinators: what waits, what failed and why, retry. */
@Path("tenants/{tenant}/onboarding/outbox")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Accueil des bénévoles — campagnes")
public class OutboxResource {

    static final int LIST_MAX = 500;

    @Inject
    Outbox outbox;

    @Inject
    MailServer mail;

    /**
     * @param mailConfigured whether the platform has an SMTP server
     * @param explanation    why nothing leaves when it has none, in French; null otherwise
     * @param counts         messages by state
     */
    public record OutboxPage(boolean mailConfigured, String explanation, Map<OutboxState, Long> counts, List<OutboxView> items) {
    }

    @GET
    @Operation(summary = "Lister la boîte d'envoi : messages en attente, envoyés ou en échec (avec l'erreur), et si un serveur d'envoi est configuré")
    public OutboxPage list(@QueryParam("state") String state, @QueryParam("campaign") String campaign) {
        OutboxState wanted = null;
        if (state != null && !state.isBlank()) {
            try {
                wanted = OutboxState.valueOf(state.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiError.invalidField("state", "doit valoir PENDING (en attente), SENT (envoyé) ou FAILED (en échec)");
            }
        }
        String campaignId = campaign == null || campaign.isBlank() ? null : campaign.trim();
        return new OutboxPage(mail.configured(), mail.problem().orElse(null), outbox.countByState(campaignId),
                outbox.list(wanted, campaignId, LIST_MAX).stream().map(OutboxView::of).toList());
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Renvoyer un message en échec", description = "409 quand il n'est pas en échec.")
    public OutboxView retry(@PathParam("id") String id) {
        return OutboxView.of(outbox.retry(id, OffsetDateTime.now(ZoneOffset.UTC)));
    }
}
