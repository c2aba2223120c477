package org.maillage.platform.http.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The API root. Application-scoped so that MicroProfile JWT can be configured on it. */
@ApplicationPath("api")
@ApplicationScoped
@OpenAPIDefinition(info = @Info(title = "Maillage", version = "0.1.0",
        description = "Plateforme des coopérations MONALISA : coopérations, équipes citoyennes, bénévoles."))
public class MaillageApi extends Application {
}
