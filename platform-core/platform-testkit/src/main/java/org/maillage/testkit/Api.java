package org.maillage.testkit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A small HTTP client for black-box tests of a running platform. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final Map<String, String> headers;
    private final Duration timeout;

    private Api(URI base, Map<String, String> headers, Duration timeout) {
        this.base = base;
        this.headers = headers;
        this.timeout = timeout;
    }

    /** @param base the root of the platform, for example the {@code @ArquillianResource URL} */
    public static Api at(URL base) {
        return new Api(URI.create(base.toString().replaceAll("/+$", "")), Map.of(), TIMEOUT);
    }

    /** @return a client that sends this bearer token with every request */
    public Api as(String token) {
        return withHeader("Authorization", "Bearer " + token);
    }

    /** @return a client that sends this header with every request */
    public Api withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Api(base, copy, timeout);
    }

    /** @return a client that waits this long for each answer (30 s by default): for what is slow by nature */
    public Api waiting(Duration longest) {
        return new Api(base, headers, longest);
    }

    /**
     * Creates a cooperation with a fresh slug through the registry (the client must carry a
     * network admin's token) and, optionally, enables plugins for it.
     *
     * @return the new cooperation's slug, {@code <prefix>-<8 random characters>}
     */
    public String newCooperation(String prefix, String departement, String... plugins) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Reply created = post("/api/tenants", "{\"slug\": \"" + slug + "\", \"displayName\": \"Coopération " + slug
                + "\", \"departements\": [\"" + departement + "\"]}");
        if (created.status() != 201) {
            throw new AssertionError("Cannot create " + slug + ": " + created);
        }
        for (String plugin : plugins) {
            Reply enabled = post("/api/tenants/" + slug + "/plugins/" + plugin + "/enable", null);
            if (enabled.status() != 200) {
                throw new AssertionError("Cannot enable " + plugin + " for " + slug + ": " + enabled);
            }
        }
        return slug;
    }

    /**
     * Erases a person's data in a cooperation through the platform's erasure (RGPD): the address in the body
     * of a POST, never in the address. The one place where the tests say how the address travels.
     */
    public Reply erasePersonalData(String tenant, String email) {
        return post("/api/tenants/" + tenant + "/personal-data/erasure", personForm(email));
    }

    /** Exports a person's data in a cooperation (RGPD); see {@link #erasePersonalData}. */
    public Reply exportPersonalData(String tenant, String email) {
        return post("/api/tenants/" + tenant + "/personal-data/export", personForm(email));
    }

    private static String personForm(String email) {
        return Json.createObjectBuilder().add("email", email).build().toString();
    }

    public Reply get(String path) {
        return send("GET", path, null, (String) null);
    }

    /** A GET that accepts any content type, for what is not JSON (metrics, web pages). */
    public Reply getAny(String path) {
        return withHeader("Accept", "*/*").get(path);
    }

    public Reply post(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    public Reply put(String path, String json) {
        return send("PUT", path, "application/json", json);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, (String) null);
    }

    /** Sends any request; {@code body} may be null, and then no content type is sent. */
    public Reply send(String method, String path, String contentType, String body) {
        return send(method, path, contentType, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    /** Sends a body of bytes as is: files, multipart forms, text in another encoding than UTF-8. */
    public Reply send(String method, String path, String contentType, byte[] body) {
        return send(method, path, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private Reply send(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        HttpResponse<String> response = exchange(method, path, contentType, body, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response);
    }

    /** A GET of a file (PDF, workbook, CSV, attachment): its bytes as sent, whatever its content type. */
    public HttpResponse<byte[]> download(String path) {
        return withHeader("Accept", "*/*").exchange("GET", path, null, HttpRequest.BodyPublishers.noBody(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> exchange(String method, String path, String contentType, HttpRequest.BodyPublisher body,
            HttpResponse.BodyHandler<T> reading) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout)
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Accept", headers.getOrDefault("Accept", "application/json"));
        headers.forEach((name, value) -> {
            if (!name.equals("Accept")) {
                request.header(name, value);
            }
        });
        try {
            return CLIENT.send(request.build(), reading);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer of the platform. */
    public record Reply(int status, String body, HttpResponse<String> response) {

        public JsonStructure json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (" + request() + " → " + status + ", headers " + response.headers().map()
                        + "): " + body, e);
            }
        }

        public JsonObject object() {
            return json().asJsonObject();
        }

        public JsonArray array() {
            return json().asJsonArray();
        }

        /**
         * Checks that this is an error answer of the platform's common shape: the expected status,
         * a non-blank message and a list of field errors.
         *
         * @return the error body, for further checks
         */
        public JsonObject assertError(int expectedStatus) {
            if (status != expectedStatus) {
                throw new AssertionError("Expected status " + expectedStatus + " but got " + this);
            }
            JsonObject error = object();
            if (error.getInt("status", -1) != expectedStatus || error.getString("message", "").isBlank()
                    || !error.containsKey("fields")) {
                throw new AssertionError("Not the common error shape (" + request() + "): " + body);
            }
            return error;
        }

        /** @return the request this answers, for messages: its method and path */
        private String request() {
            return response == null ? "?" : response.request().method() + " " + response.request().uri().getPath();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
