package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.platform.plugins.control.Enablement;
import org.maillage.platform.settings.control.EffectiveSettings;
import org.maillage.platform.tenancy.control.TenantDescriptors;
import org.maillage.platform.tenancy.control.Tenants;
import org.maillage.testkit.InTenant;
import org.maillage.testkit.PlatformDeployment;

/**
 * Tenant descriptors provisioned at start: valid ones create their cooperation with its plugins and
 * settings, invalid ones are reported with their file and field while the others still load, and
 * provisioning again changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class TenantDescriptorsIT {

    @Deployment
    static WebArchive deployment() {
        return PlatformDeployment.forContract().addAsLibrary(PlatformDeployment.configJar(Map.of("maillage.tenants.dir", descriptors().toString())));
    }

    /** Four folders, as an operator could write them: one valid, three wrong in different ways. */
    static Path descriptors() {
        try {
            Path dir = Files.createTempDirectory("maillage-descriptors");
            write(dir, "cornouaille", """
                    {"displayName": "Coopération de Cornouaille", "departements": ["29"], "plugins": ["sample"],
                     "settings": {"maillage.tenant.page-size": "25"}}""");
            write(dir, "sans-nom", """
                    {"departements": ["29"]}""");
            write(dir, "mauvais-departement", """
                    {"displayName": "X", "departements": ["29", "99"]}""");
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
        assertEquals("25", inTenant.as("cornouaille", () -> settings.value("maillage.tenant.page-size")));
        for (String invalid : List.of("sans-nom", "mauvais-departement", "json-casse")) {
            assertTrue(tenants.find(invalid).isEmpty(), invalid + " must not be created");
        }

        List<String> report = descriptors.provision();
        assertEquals(4, report.size(), report.toString());
        assertTrue(report.stream().anyMatch(l -> l.contains("cornouaille/tenant.json: à jour")), report.toString());
        assertTrue(report.stream().anyMatch(l -> l.contains("sans-nom/tenant.json") && l.contains("displayName")), report.toString());
        assertTrue(report.stream().anyMatch(l -> l.contains("mauvais-departement/tenant.json") && l.contains("departements[1]")), report.toString());
        assertTrue(report.stream().anyMatch(l -> l.contains("json-casse/tenant.json")), report.toString());
    }
}
