package org.maillage.platform.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.logs.Redacted;

/**
 * Provisions the cooperations described under {@code maillage.tenants.dir}: one folder per
 * cooperation, named by its slug, holding {@code tenant.json} (display name, départements, plugins
 * to enable, setting overrides, contact: its {@code email} is the cooperation's contact address when it has none yet —
 * one its coordinators set is kept —, never logged). Creates what is missing and updates what differs; never
 * disables or removes. An invalid descriptor is reported with its file and field; the others load.
 */
@ApplicationScoped
public class TenantDescriptors {

    static final String FILE = "tenant.json";
    private static final Logger LOG = Logger.getLogger(TenantDescriptors.class.getName());

    @Inject
    @ConfigProperty(name = "maillage.tenants.dir")
    Optional<String> folder;

    @Inject
    TenantProvisioning provisioning;

    /** @return one line per descriptor: what was done, or what is wrong with it */
    @ActivateRequestContext
    public List<String> provision() {
        List<String> report = new ArrayList<>();
        if (folder.isEmpty() || !Files.isDirectory(Path.of(folder.get()))) {
            return report;
        }
        try (Stream<Path> entries = Files.list(Path.of(folder.get()))) {
            entries.map(dir -> dir.resolve(FILE)).filter(Files::isRegularFile).sorted().forEach(file -> {
                String line;
                try {
                    line = file + ": " + provisioning.apply(file.getParent().getFileName().toString(), read(file));
                } catch (ApiError e) {
                    line = file + ": " + e.getMessage() + fields(e);
                } catch (JsonException | IOException | ClassCastException | IllegalArgumentException e) {
                    line = file + ": " + e.getMessage();
                }
                String done = Redacted.text(line);
                LOG.info(() -> "Tenant descriptor " + done);
                report.add(line);
            });
        } catch (IOException e) {
            report.add(folder.get() + ": " + e.getMessage());
        }
        return report;
    }

    private static JsonObject read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    private static String fields(ApiError error) {
        Object entity = error.getResponse().getEntity();
        return entity instanceof org.maillage.platform.api.errors.ErrorBody body && !body.fields().isEmpty()
                ? " " + body.fields().stream().map(f -> f.field() + " " + f.message()).toList() : "";
    }
}
