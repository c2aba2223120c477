package org.maillage.platform.personaldata.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.text.EmailAddress;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.http.RateLimited;
import org.maillage.platform.api.personaldata.Person;
import org.maillage.platform.api.security.Audited;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.audit.control.PersonConcerned;
import org.maillage.platform.personaldata.control.PersonalDataHolders;

/**
 * Export and erasure of one person's data in a cooperation (RGPD). The person's address comes in the
 * body of a POST, never in the address (which proxies, logs and browser histories keep).
 */
@Path("tenants/{tenant}/personal-data")
@RolesAllowed(Roles.COORDINATOR)
@RequestScoped
@Transactional
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RateLimited(value = "personal-data", perPerson = 30, perCooperation = 60)
@Tag(name = "Données personnelles", description = "Export et effacement des données d’une personne (RGPD)")
public class PersonalDataResource {

    @Inject
    PersonalDataHolders holders;

    @Inject
    PersonConcerned concerned;

    /** The person a request is about. */
    public record PersonForm(String email) {
    }

    /** @param plugins what each plugin holds, by plugin id */
    public record Export(String email, Map<String, Map<String, Object>> plugins) {
    }

    /** @param erased how many records each plugin erased or anonymised */
    public record Erasure(String email, Map<String, Integer> erased) {
    }

    @POST
    @Path("export")
    @Audited
    @Operation(summary = "Exporter les données d’une personne, désignée par son adresse e-mail (dans le corps)")
    public Export export(PersonForm form) {
        Person person = person(form);
        return new Export(person.email(), holders.export(person));
    }

    @POST
    @Path("erasure")
    @Operation(summary = "Effacer les données d’une personne (adresse e-mail dans le corps) dans tous les modules de la coopération")
    public Erasure erase(PersonForm form) {
        Person person = person(form);
        return new Erasure(person.email(), holders.erase(person));
    }

    private Person person(PersonForm form) {
        String email = form == null ? null : form.email();
        if (email == null || !EmailAddress.deliverable(email)) {
            throw ApiError.invalidField("email", "doit être une adresse e-mail, par exemple prenom.nom@exemple.fr");
        }
        concerned.is(email);
        return new Person(email);
    }
}
