package org.maillage.onboarding.imports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Providers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.onboarding.imports.control.ImportJobs;
import org.maillage.onboarding.imports.control.ImportLauncher;
import org.maillage.onboarding.imports.entity.ImportJob;
import org.maillage.onboarding.imports.entity.ImportProblem;
import org.maillage.onboarding.volunteers.boundary.RequestValues;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.http.RateLimited;
import org.maillage.platform.api.security.Audited;
import org.maillage.platform.api.security.Roles;
import org.maillage.platform.api.tenant.TenantContext;

/**
 * Imports of JeVeuxAider exports. The upload is stored to a temporary file, then imported in the
 * background; the job answers its progress and report while it runs.
 *
 * <p>Not {@code @Transactional} as a whole, unlike most resources: an upload may take minutes and
 * must not hold a transaction; each read and write goes through {@link ImportJobs}, which has its own.
 */
@Path("tenants/{tenant}/onboarding/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.TEAM_REFERENT})
@Tag(name = "Accueil des bénévoles", description = "Les bénévoles d’une coopération et leur parcours")
public class ImportsResource {

    static final String CSV = "text/csv";
    private static final int PAGE = 1000;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportLauncher launcher;

    @Inject
    TenantContext tenant;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Context
    Providers providers;

    @Context
    HttpHeaders headers;

    public record ProblemView(long line, String column, String value, String reason, String severity) {

        static ProblemView of(ImportProblem p) {
            return new ProblemView(p.line(), p.column(), p.value(), p.reason(), p.severity().name());
        }
    }

    public record ProblemsView(List<ProblemView> items, long total) {
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @RateLimited(value = "onboarding-imports", perPerson = 20, perCooperation = 30)
    @Operation(summary = "Importer un export JeVeuxAider (profils ou participations), en CSV ou XLSX",
            description = "Formulaire multipart/form-data : le fichier dans le champ « file » ; « dryRun » à true (champ ou paramètre) "
                    + "pour voir ce que l’import changerait sans rien enregistrer. Répond 202 avec l’import, qui se poursuit en arrière-plan.")
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
                           @Parameter(description = "true pour un essai à blanc") @QueryParam("dryRun") String dryRun,
                           InputStream body) throws IOException {
        MediaType type = ImportForm.multipart(contentType);
        if (type == null) {
            throw new ApiError(415, "Envoyez le fichier dans un formulaire multipart/form-data, champ « file ».");
        }
        long max = jobs.maxUploadBytes();
        if (declaredLength(contentLength) > max + 64 * 1024) {
            throw tooLarge(max);
        }
        String slug = tenant.slug();
        String id = UUID.randomUUID().toString();
        if (!launcher.reserve(slug, id)) {
            throw new ApiError(409, "Un import est déjà en cours pour cette coopération : attendez qu’il se termine.");
        }
        java.nio.file.Path file = null;
        boolean launched = false;
        try {
            ImportForm.Result form;
            try {
                form = ImportForm.read(providers, type, headers.getRequestHeaders(), body, max,
                        java.nio.file.Path.of(System.getProperty("java.io.tmpdir")));
            } catch (ImportForm.TooLarge e) {
                throw tooLarge(max);
            }
            file = form.file();
            boolean dry = flag(dryRun) || flag(form.dryRun());
            String name = form.fileName() == null ? "import" : form.fileName();
            ImportJob job = jobs.queue(new ImportJob(id, name, form.size(), dry, RequestValues.who(security), OffsetDateTime.now(ZoneOffset.UTC)));
            launcher.launch(slug, id, file);
            launched = true;
            return Response.accepted(ImportJobView.of(job)).location(uri.getAbsolutePathBuilder().path(id).build()).build();
        } finally {
            if (!launched) {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
                launcher.release(slug, id);
            }
        }
    }

    @GET
    @Operation(summary = "Lister les imports, du plus récent au plus ancien")
    public List<ImportJobView> list(@QueryParam("page") String page) {
        int number = page == null || page.isBlank() ? 1 : parse("page", page);
        return jobs.recent((number - 1) * 50, 50).stream().map(ImportJobView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Suivre un import : étape, progression et décomptes")
    public ImportJobView read(@PathParam("id") String id) {
        return ImportJobView.of(jobs.find(id));
    }

    @GET
    @Path("{id}/errors")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Audited // every variant: the JSON pages and Accept: text/csv disclose the same rows
    @Operation(summary = "Lire les problèmes ligne par ligne d’un import (en CSV avec Accept: text/csv)")
    public Response problems(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                             @QueryParam("page") String page) {
        if (accept != null && accept.toLowerCase().contains(CSV)) {
            return csv(id);
        }
        jobs.find(id);
        int number = page == null || page.isBlank() ? 1 : parse("page", page);
        List<ProblemView> items = jobs.problems(id, (number - 1) * PAGE, PAGE).stream().map(ProblemView::of).toList();
        return Response.ok(new ProblemsView(items, jobs.problemCount(id)), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}/errors.csv")
    @Produces({CSV, MediaType.APPLICATION_JSON}) // JSON for the error answers, whatever the client accepts
    @Audited
    @RateLimited(value = "onboarding-problems-export", perPerson = 30, perCooperation = 60)
    @Operation(summary = "Télécharger les problèmes ligne par ligne d’un import, en CSV (séparateur « ; », UTF-8)")
    public Response problemsCsv(@PathParam("id") String id) {
        return csv(id);
    }

    private Response csv(String id) {
        ImportJob job = jobs.find(id);
        StreamingOutput output = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            writer.write("ligne;colonne;valeur;motif;gravité\r\n");
            for (int first = 0; ; first += PAGE) {
                List<ImportProblem> problems = jobs.problems(id, first, PAGE);
                for (ImportProblem p : problems) {
                    writer.write(p.line() + ";" + cell(p.column()) + ";" + cell(p.value()) + ";" + cell(p.reason()) + ";"
                            + (p.severity() == ImportProblem.Severity.REJECTED ? "rejetée" : "avertissement") + "\r\n");
                }
                if (problems.size() < PAGE) {
                    break;
                }
            }
            writer.flush();
        };
        String name = "problemes-" + job.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
        return Response.ok(output, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    /** @return the value as a CSV cell: quoted when it holds a separator, a quote or a line break; a leading = + - @ neutralised */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static ApiError tooLarge(long max) {
        return new ApiError(413, "Le fichier dépasse la taille maximale autorisée pour un import ("
                + (max / (1024 * 1024)) + " Mo). Découpez-le en plusieurs fichiers.");
    }

    private static long declaredLength(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean flag(String value) {
        return value != null && (value.trim().equalsIgnoreCase("true") || value.trim().equals("1") || value.trim().equalsIgnoreCase("on"));
    }

    private static int parse(String field, String raw) {
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= 1 && value <= 100_000) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.invalidField(field, "doit être un nombre entier à partir de 1");
    }
}
