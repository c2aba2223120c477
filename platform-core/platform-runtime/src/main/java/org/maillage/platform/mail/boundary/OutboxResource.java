package org.maillage.platform.mail.boundary;

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
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.mail.MailState;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.mail.control.MailServer;
import org.maillage.platform.mail.control.Outbox;

/** The outbox of a cooperation (every plugin's messages), for its coordinators: what waits, what failed and why, retry. */
@Path("tenants/{tenant}/outbox")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COORDINATOR)
@Tag(name = "Boîte d’envoi")
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
    public record OutboxPage(boolean mailConfigured, String explanation, Map<MailState, Long> counts, List<OutboxView> items) {
    }

    @GET
    @Operation(summary = "Lister la boîte d’envoi de la coopération (tous modules, ou un module et une référence) : messages en attente, envoyés ou en échec (avec l’erreur), et si un serveur d’envoi est configuré")
    public OutboxPage list(@QueryParam("state") String state, @QueryParam("plugin") String plugin, @QueryParam("reference") String reference) {
        MailState wanted = null;
        if (state != null && !state.isBlank()) {
            try {
                wanted = MailState.valueOf(state.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiError.invalidField("state", "doit valoir PENDING (en attente), SENT (envoyé) ou FAILED (en échec)");
            }
        }
        String pluginId = checked("plugin", blankIsNull(plugin), 64);
        String referenceId = checked("reference", blankIsNull(reference), 36);
        return new OutboxPage(mail.configured(), mail.problem().orElse(null), outbox.countByState(pluginId, referenceId),
                outbox.list(wanted, pluginId, referenceId, LIST_MAX).stream().map(OutboxView::of).toList());
    }

    /** A filter is a plugin id or a reference as messages carry them: bounded, and without control characters (PostgreSQL refuses NUL). */
    private static String checked(String field, String value, int max) {
        if (value != null && (value.length() > max || value.chars().anyMatch(Character::isISOControl))) {
            throw ApiError.invalidField(field, "doit faire au plus " + max + " caractères, sans caractère de contrôle");
        }
        return value;
    }

    private static String blankIsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Renvoyer un message en échec", description = "409 quand il n’est pas en échec.")
    public OutboxView retry(@PathParam("id") String id) {
        return OutboxView.of(outbox.retry(id, OffsetDateTime.now(ZoneOffset.UTC)));
    }
}
