package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.platform.plugins.control.Enablement;
import org.maillage.platform.settings.control.EffectiveSettings;
import org.maillage.platform.tenancy.control.TenantDescriptors;
import org.maillage.platform.tenancy.control.Tenants;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.InTenant;
import org.maillage.testkit.Tokens;

/**
 * Tenant descriptors provisioned at start: valid ones create their cooperation with its plugins and
 * settings, invalid ones are reported with their file and field while the others still load, and
 * provisioning again changes nothing; a national admin re-applies edited descriptors through the API.
 */
@ExtendWith(ArquillianExtension.class)
class TenantDescriptorsIT {

    @ArquillianResource
    URL base;

    /** The shared platform's descriptors ({@link PlatformSuite}): six folders, as an operator could write them, two valid, four wrong in different ways. */
    static Path descriptors() {
        try {
            Path dir = Files.createTempDirectory("maillage-descriptors");
            write(dir, "cornouaille", """
                    {"displayName": "Coopération de Cornouaille", "departements": ["29"], "plugins": ["sample"],
                     "settings": {"maillage.tenant.page-size": "25"},
                     "contact": {"name": "Animatrice de la coopération", "email": " Contact@Cornouaille.example.org "}}""");
            // plugins and nothing else: the enablement is the last write of its transaction
            write(dir, "pays-basque", """
                    {"displayName": "Coopération du Pays basque", "departements": ["64"], "plugins": ["onboarding"], "settings": {}}""");
            write(dir, "sans-nom", """
                    {"departements": ["29"]}""");
            write(dir, "mauvais-departement", """
                    {"displayName": "X", "departements": ["29", "99"]}""");
            write(dir, "mauvais-contact", """
                    {"displayName": "X", "departements": ["29"], "contact": {"email": "secret-sans-domaine@"}}""");
            write(dir, "json-casse", """
                    {"displayName": "X", "departements": [""");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path dir, String slug, String json) throws IOException {
        Files.createDirectories(dir.resolve(slug));
        Files.writeString(dir.resolve(slug).resolve("tenant.json"), json);
    }

    @Inject
    TenantDescriptors descriptors;

    @Inject
    Tenants tenants;

    @Inject
    InTenant inTenant;

    @Inject
    Enablement enablement;

    @Inject
    EffectiveSettings settings;

    @Test
    void validDescriptorsLoadAndInvalidOnesAreReportedWithFileAndField() throws Exception {
        assertTrue(tenants.find("cornouaille").isPresent());
        assertTrue(inTenant.as("cornouaille", () -> enablement.active("sample")));
        assertTrue(inTenant.as("pays-basque", () -> enablement.active("onboarding")));
        assertEquals("25", inTenant.as("cornouaille", () -> settings.value("maillage.tenant.page-size")));
        assertEquals("contact@cornouaille.example.org", tenants.find("cornouaille").orElseThrow().contactEmail().orElseThrow(),
                "the descriptor's contact address, stored trimmed and in lower case");
        for (String invalid : List.of("sans-nom", "mauvais-departement", "mauvais-contact", "json-casse")) {
            assertTrue(tenants.find(invalid).isEmpty(), invalid + " must not be created");
        }

        List<String> report = descriptors.provision();
        assertEquals(6, report.size(), report.toString());
        assertTrue(report.stream().anyMatch(l -> l.contains("mauvais-contact/tenant.json") && l.contains("contactEmail")), report.toString());
        assertTrue(report.stream().noneMatch(l -> l.contains("secret-sans-domaine")), "no address in the report (it is logged): " + report);
        assertTrue(report.stream().anyMatch(l -> l.contains("cornouaille/tenant.json: à jour")), report.toString());
        assertTrue(report.stream().anyMatch(l -> l.contains("sans-nom/tenant.json") && l.contains("displayName")), report.toString());
        assertTrue(report.stream().anyMatch(l -> l.contains("mauvais-departement/tenant.json") && l.contains("departements[1]")), report.toString());
        assertTrue(report.stream().anyMatch(l -> l.contains("json-casse/tenant.json")), report.toString());
    }

    @Test
    @RunAsClient
    void aNationalAdminAppliesEditedDescriptorsWithoutARestart() throws Exception {
        Api national = Api.at(base).as(Tokens.networkAdmin());
        assertEquals(404, national.get("/api/tenants/tregor").status());
        write(PlatformSuite.DESCRIPTORS, "tregor", """
                {"displayName": "Coopération du Trégor", "departements": ["22"]}""");
        try {
            assertEquals(403, Api.at(base).as(Tokens.coordinator("cornouaille")).post("/api/tenants/provisioning", "").status(),
                    "only a national admin provisions");
            Reply reply = national.post("/api/tenants/provisioning", "");
            assertEquals(200, reply.status(), reply.body());
            List<String> report = reply.object().getJsonArray("report").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            assertTrue(report.stream().anyMatch(l -> l.contains("tregor/tenant.json: créée")), report.toString());
            assertTrue(report.stream().anyMatch(l -> l.contains("sans-nom/tenant.json") && l.contains("displayName")), report.toString());
            assertEquals("Coopération du Trégor", national.get("/api/tenants/tregor").object().getString("displayName"));
        } finally {
            Files.delete(PlatformSuite.DESCRIPTORS.resolve("tregor/tenant.json"));
            Files.delete(PlatformSuite.DESCRIPTORS.resolve("tregor"));
        }
    }
}
