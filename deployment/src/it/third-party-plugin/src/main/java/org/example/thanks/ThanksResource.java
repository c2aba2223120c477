package org.example.thanks;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The thank-you messages of a cooperation. */
@Path("tenants/{tenant}/thanks/messages")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class ThanksResource {

    @Inject
    ThankYous thankYous;

    public record Message(@NotBlank(message = "est obligatoire") @Email(message = "doit être une adresse e-mail") String volunteer,
                          @NotBlank(message = "est obligatoire") String text) {
    }

    @GET
    public List<Message> list() {
        return thankYous.all().stream().map(t -> new Message(t.getVolunteerEmail(), t.getText())).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@Valid @NotNull(message = "le corps de la requête est obligatoire") Message message) {
        ThankYou sent = thankYous.send(message.volunteer(), message.text());
        return Response.status(201).entity(new Message(sent.getVolunteerEmail(), sent.getText())).build();
    }
}
