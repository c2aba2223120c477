package org.maillage.platform.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The official list of départements (code → name), read once from the territory reference data
 * shipped in {@code maillage-tenants} (generated from the official geographic code).
 */
@ApplicationScoped
public class Departements {

    static final String RESOURCE = "org/maillage/territory/departements.tsv";

    private final Map<String, String> namesByCode = load();

    public boolean exists(String code) {
        return code != null && namesByCode.containsKey(code);
    }

    public String name(String code) {
        return namesByCode.get(code);
    }

    public int count() {
        return namesByCode.size();
    }

    static Map<String, String> load() {
        InputStream in = Departements.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing territory reference data: " + RESOURCE);
        }
        Map<String, String> names = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .skip(1)
                    .map(line -> line.split("\t"))
                    .forEach(columns -> names.put(columns[0], columns[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
