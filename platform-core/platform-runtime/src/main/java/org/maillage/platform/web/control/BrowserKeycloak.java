package org.maillage.platform.web.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Keycloak as browsers reach it: {@code maillage.web.keycloak-url} when set, else {@code maillage.keycloak.url}. */
@ApplicationScoped
public class BrowserKeycloak {

    @Inject
    @ConfigProperty(name = "maillage.keycloak.url")
    String keycloakUrl;

    /** The Keycloak address as browsers reach it, when it differs from the one the platform uses. */
    @Inject
    @ConfigProperty(name = "maillage.web.keycloak-url")
    Optional<String> publicKeycloakUrl;

    /** @return the address, without a trailing slash */
    public String url() {
        return publicKeycloakUrl.filter(u -> !u.isBlank()).orElse(keycloakUrl).trim().replaceAll("/+$", "");
    }

    /** @return its origin ({@code scheme://host:port}), for a Content-Security-Policy */
    public String origin() {
        URI uri = URI.create(url());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
