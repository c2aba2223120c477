package org.maillage.platform.personaldata.boundary;

import org.maillage.platform.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.platform.api.security.Audited;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.personaldata.control.PersonalDataHolders;

/** Export and erasure of one person's data in a cooperation (RGPD). */
@Path("tenants/{tenant}/personal-data")
@RolesAllowed(Roles.COORDINATOR)
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Données personnelles", description = "Export et effacement des données d'une personne (RGPD)")
public class PersonalDataResource {

    @Inject
    PersonalDataHolders holders;

    /** @param plugins what each plugin holds, by plugin id */
    public record Export(String email, Map<String, Map<String, Object>> plugins) {
    }

    /** @param erased how many records each plugin erased or anonymised */
    public record Erasure(String email, Map<String, Integer> erased) {
    }

    @GET
    @Audited
    @Operation(summary = "Exporter les données d'une personne, désignée par son adresse e-mail")
    public Export export(@QueryParam("email") String email) {
        Person person = person(email);
        return new Export(person.email(), holders.export(person));
    }

    @DELETE
    @Operation(summary = "Effacer les données d'une personne dans tous les modules de la coopération")
    public Erasure erase(@QueryParam("email") String email) {
        Person person = person(email);
        return new Erasure(person.email(), holders.erase(person));
    }

    private static Person person(String email) {
        if (email == null || !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ApiError.invalidField("email", "doit être une adresse e-mail, par exemple prenom.nom@exemple.fr");
        }
        return new Person(email);
    }
}
