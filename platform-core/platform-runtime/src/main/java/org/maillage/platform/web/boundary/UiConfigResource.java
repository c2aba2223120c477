package org.maillage.platform.web.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.web.control.BrowserKeycloak;

/** How the web UI signs people in: the Keycloak it sends them to. Public: the page needs it before login. */
@Path("ui-config")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interface web")
public class UiConfigResource {

    @Inject
    BrowserKeycloak keycloak;

    @Inject
    @ConfigProperty(name = "maillage.keycloak.realm", defaultValue = "maillage")
    String realm;

    @Inject
    @ConfigProperty(name = "maillage.web.client-id", defaultValue = "maillage-web")
    String clientId;

    public record UiConfig(String keycloakUrl, String realm, String clientId) {
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @Operation(summary = "Configuration de connexion de l’interface web (Keycloak, royaume, client)")
    public Response config() {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new UiConfig(keycloak.url(), realm, clientId)).cacheControl(noStore).build();
    }
}
