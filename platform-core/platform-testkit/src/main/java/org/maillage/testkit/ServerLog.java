package org.maillage.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The log of a running test deployment since it started, for tests that check what the server wrote (that an
 * erased person's address is nowhere in it, that a refusal logged no stack trace).
 */
public final class ServerLog {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ServerLog() {
    }

    /** @return every record the platform at {@code base} logged since it started, as text */
    public static String of(URL base) {
        URI uri = URI.create(base.toString().replaceAll("/+$", "") + ServerLogServlet.PATH);
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + " answered " + response.statusCode()
                        + ": is the test kit in the deployment (PlatformDeployment.forContract or a shared deployment)?");
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
