package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.testkit.Api;
import org.maillage.testkit.Tokens;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * The running platform's {@code /openapi}, with every plugin of the shared deployment (the fixtures included), is
 * valid OpenAPI 3.0 and makes a client that compiles. The platform's filter ({@code org.maillage.platform.openapi})
 * makes it so; this test keeps it so for every plugin to come.
 *
 * <p>The validator is swagger-parser's (the parser behind OpenAPI Generator), which reports what the specification
 * forbids: undeclared path parameters, repeated operation ids and tags, unknown top-level keys, arrays without
 * {@code items}. It reads a numeric default written as a string as the number, so that one rule is checked here
 * on the raw document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {

    @ArquillianResource
    URL base;

    private String document() {
        // the document is built before the first test (Readiness), but Payara may build it again: on a loaded machine that took over 30 s
        Api.Reply reply = Api.at(base).as(Tokens.networkAdmin()).waiting(Duration.ofMinutes(3)).get("/openapi");
        assertEquals(200, reply.status(), reply.toString());
        return reply.body();
    }

    @Test
    void theDocumentIsValidOpenApi30() {
        String text = document();
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        List<String> errors = new ArrayList<>(result.getMessages());
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            document = reader.readObject();
        }
        typedDefaults("", document, errors);
        assertEquals(List.of(), errors, errors.size() + " errors in /openapi:\n" + String.join("\n", errors));

        assertTrue(document.getString("openapi").startsWith("3.0."), document.getString("openapi"));
        assertFalse(document.containsKey("endpoints"), "Payara's endpoints key is left out");
        assertEquals("/", document.getJsonArray("servers").getJsonObject(0).getString("url"), "the document's own origin");
        JsonArray parameters = document.getJsonObject("paths").getJsonObject("/api/tenants/{tenant}/sample/notes")
                .getJsonObject("get").getJsonArray("parameters");
        assertTrue(parameters.stream().map(JsonValue::asJsonObject)
                        .anyMatch(p -> p.getString("name").equals("tenant") && p.getString("in").equals("path") && p.getBoolean("required")),
                "the sample plugin's {tenant} is declared: " + parameters);
        assertEquals("sample_notes_list", document.getJsonObject("paths").getJsonObject("/api/tenants/{tenant}/sample/notes")
                .getJsonObject("get").getString("operationId"), "operation ids carry the plugin id");
    }

    /** A {@code default} of an integer, number or boolean schema is of that type (Payara wrote {@code @DefaultValue} as text). */
    private static void typedDefaults(String where, JsonValue value, List<String> errors) {
        if (value instanceof JsonObject object) {
            if (object.containsKey("default") && object.get("type") instanceof JsonString type) {
                JsonValue.ValueType given = object.get("default").getValueType();
                boolean wrong = switch (type.getString()) {
                    case "integer", "number" -> given != JsonValue.ValueType.NUMBER;
                    case "boolean" -> given != JsonValue.ValueType.TRUE && given != JsonValue.ValueType.FALSE;
                    default -> false;
                };
                if (wrong) {
                    errors.add(where + ".default: " + object.get("default") + " is not of type " + type.getString());
                }
            }
            object.forEach((key, inner) -> typedDefaults(where + "." + key, inner, errors));
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                typedDefaults(where + "[" + i + "]", array.get(i), errors);
            }
        }
    }

    /**
     * A Java client made by OpenAPI Generator ({@code java}, library {@code microprofile}: a MicroProfile Rest Client with
     * JSON-B, what a Jakarta EE integrator would use) compiles against the Jakarta EE and MicroProfile APIs alone.
     */
    @Test
    void aClientGeneratedFromItCompiles(@TempDir Path folder) throws IOException {
        Path spec = Files.writeString(folder.resolve("openapi.json"), document());
        Path sources = folder.resolve("client");
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("microprofile")
                .setInputSpec(spec.toString())
                .setOutputDir(sources.toString())
                .setApiPackage("org.maillage.client.api")
                .setModelPackage("org.maillage.client.model")
                .setInvokerPackage("org.maillage.client")
                .addAdditionalProperty("microprofileRestClientVersion", "3.0")
                .addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("serializationLibrary", "jsonb")
                .addAdditionalProperty("openApiNullable", false)
                .addAdditionalProperty("hideGenerationTimestamp", true)
                .addGlobalProperty("apiTests", "false")
                .addGlobalProperty("modelTests", "false")
                .addGlobalProperty("apiDocs", "false")
                .addGlobalProperty("modelDocs", "false");
        new DefaultGenerator().opts(configurator.toClientOptInput()).generate();

        List<File> java;
        try (Stream<Path> files = Files.walk(sources)) {
            java = files.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).sorted(Comparator.naturalOrder()).toList();
        }
        assertTrue(java.stream().anyMatch(f -> f.getPath().contains("/org/maillage/client/api/")), "APIs were generated: " + java);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path classes = Files.createDirectories(folder.resolve("classes"));
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            List<String> arguments = List.of("-d", classes.toString(), "-classpath", apiClasspath(), "-proc:none", "-nowarn", "-Xlint:none");
            boolean compiled = compiler.getTask(null, files, diagnostics, arguments, null, files.getJavaFileObjectsFromFiles(java)).call();
            String errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                    .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
                    .collect(Collectors.joining("\n"));
            assertTrue(compiled, "the generated client does not compile:\n" + errors);
        }
        try (Stream<Path> compiled = Files.walk(classes)) {
            assertTrue(compiled.anyMatch(p -> p.toString().endsWith(".class")), "classes were written");
        }
    }

    /** The JARs of the Jakarta EE and MicroProfile APIs the client is written against (provided to this module's tests). */
    private static String apiClasspath() {
        Set<String> jars = new HashSet<>();
        for (Class<?> api : List.of(jakarta.ws.rs.Path.class, jakarta.json.bind.Jsonb.class,
                org.eclipse.microprofile.rest.client.inject.RegisterRestClient.class)) {
            try {
                jars.add(Path.of(api.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, jars);
    }
}
