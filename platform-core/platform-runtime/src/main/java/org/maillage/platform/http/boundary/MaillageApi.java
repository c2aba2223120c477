package org.maillage.platform.http.boundary;

import org.maillage.platform.api.security.Roles;
import org.eclipse.microprofile.auth.LoginConfig;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The API root, protected by MicroProfile JWT. Application-scoped: Payara then injects the token into beans.
 * The OpenAPI document says so: a bearer token for every operation, except those that declare
 * that a token is optional with {@code security: [{}]} (the {@code @PermitAll} ones, annotated
 * {@code @SecurityRequirementsSet} with no requirement).
 */
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.NETWORK_ADMIN, Roles.COORDINATOR, Roles.TEAM_REFERENT})
@OpenAPIDefinition(info = @Info(title = "Maillage", version = "0.1.0",
        description = "Plateforme des coopérations MONALISA : coopérations, équipes citoyennes, bénévoles."),
        security = @SecurityRequirement(name = MaillageApi.BEARER))
@SecurityScheme(securitySchemeName = MaillageApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Jeton d’accès Keycloak (royaume maillage)")
public class MaillageApi extends Application {

    /** The name of the bearer-token scheme in the OpenAPI document. */
    public static final String BEARER = "keycloak";
}
