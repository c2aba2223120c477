package org.maillage.platform.http.boundary;

import org.maillage.platform.api.security.Roles;
import org.eclipse.microprofile.auth.LoginConfig;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The API root, protected by MicroProfile JWT. Application-scoped: Payara then injects the token into beans. */
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.NETWORK_ADMIN, Roles.COORDINATOR, Roles.TEAM_REFERENT})
@OpenAPIDefinition(info = @Info(title = "Maillage", version = "0.1.0",
        description = "Plateforme des coopérations MONALISA : coopérations, équipes citoyennes, bénévoles."))
public class MaillageApi extends Application {
}
