package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;

/** Brings volunteers into onboarding through an import of a JeVeuxAider profiles export, for tests of other plugins. */
final class ProfileImports {

    private ProfileImports() {
    }

    /** Uploads the CSV as the coordinator and waits until the import is DONE (fails the test otherwise). */
    static void importAndWait(Api coordinator, String slug, String csv) throws InterruptedException {
        String boundary = "----maillage" + UUID.randomUUID();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"profils.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        Reply accepted = coordinator.send("POST", "/api/tenants/" + slug + "/onboarding/imports", "multipart/form-data; boundary=" + boundary, body);
        assertEquals(202, accepted.status(), accepted.toString());
        String job = accepted.object().getString("id");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            String state = coordinator.get("/api/tenants/" + slug + "/onboarding/imports/" + job).object().getString("state");
            if (state.equals("DONE") || state.equals("FAILED")) {
                assertEquals("DONE", state);
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("The import did not finish in 5 minutes");
    }
}
