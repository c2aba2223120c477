package org.maillage.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Changes a configuration value of a running test deployment, for the settings a test must vary that no
 * user changes at run time (an SMTP server, an upload limit, a link secret). Set it before the test and
 * {@link #clear} it after, so the classes sharing the deployment see the defaults again:
 *
 * <pre>{@code
 * @BeforeEach void smtp() { LiveConfig.set(base, "maillage.mail.host", "127.0.0.1"); }
 * @AfterEach void noSmtp() { LiveConfig.clear(base, "maillage.mail.host"); }
 * }</pre>
 */
public final class LiveConfig {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private LiveConfig() {
    }

    /** Sets {@code key} to {@code value} in the platform at {@code base}, above every other source. */
    public static void set(URL base, String key, String value) {
        send(base, key, HttpRequest.BodyPublishers.ofString(value, StandardCharsets.UTF_8), "PUT");
    }

    /** Removes what {@link #set} gave {@code key}: the platform's own configuration applies again. */
    public static void clear(URL base, String key) {
        send(base, key, HttpRequest.BodyPublishers.noBody(), "DELETE");
    }

    private static void send(URL base, String key, HttpRequest.BodyPublisher body, String method) {
        URI uri = URI.create(base.toString().replaceAll("/+$", "") + LiveConfigServlet.PATH + "/"
                + URLEncoder.encode(key, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri).method(method, body).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 204) {
                throw new IllegalStateException(method + " " + uri + " answered " + response.statusCode()
                        + ": is the test kit in the deployment (PlatformDeployment.forContract or a shared deployment)?");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
