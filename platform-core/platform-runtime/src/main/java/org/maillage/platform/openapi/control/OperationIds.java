package org.maillage.platform.openapi.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Unique operation ids, derived from the path and the Java method's name that Payara gave as id: the area (the plugin
 * id or the platform's part after {@code /api/tenants/{tenant}/} or {@code /api/}), the path's fixed segments in camel
 * case, then the method's name (left out when it repeats the last segment). Stable: an id changes only when its own
 * path or method does, or when a new operation takes the same id (then the rules of {@link #of} decide).
 */
public final class OperationIds {

    private static final String COOPERATION = "/api/tenants/{tenant}/";

    private OperationIds() {
    }

    /** One operation: its path template, its HTTP method, the id Payara gave it (the Java method's name). */
    public record Operation(String path, String method, String givenId) {
    }

    /**
     * @param operations the operations in the document's order
     * @return the new id of each operation, unique across all of them
     */
    public static Map<Operation, String> of(List<Operation> operations) {
        Map<Operation, String> ids = new LinkedHashMap<>();
        operations.forEach(operation -> ids.put(operation, id(operation)));
        Map<String, List<Operation>> byId = group(ids);
        byId.values().stream().filter(same -> same.size() > 1).forEach(same -> same.stream()
                .filter(operation -> !operation.path().startsWith(COOPERATION))
                .forEach(operation -> ids.put(operation, "network_" + ids.get(operation))));
        group(ids).values().stream().filter(same -> same.size() > 1).forEach(same -> {
            for (int i = 1; i < same.size(); i++) {
                ids.put(same.get(i), ids.get(same.get(i)) + "_" + (i + 1));
            }
        });
        return ids;
    }

    private static Map<String, List<Operation>> group(Map<Operation, String> ids) {
        Map<String, List<Operation>> byId = new HashMap<>();
        ids.forEach((operation, id) -> byId.computeIfAbsent(id, k -> new ArrayList<>()).add(operation));
        return byId;
    }

    /** The id of one operation, before collisions are settled. */
    static String id(Operation operation) {
        String path = operation.path();
        String scoped = path.startsWith(COOPERATION) ? path.substring(COOPERATION.length())
                : path.startsWith("/api/") ? path.substring("/api/".length()) : path;
        List<String> parts = new ArrayList<>();
        for (String segment : scoped.split("/")) {
            if (!segment.isEmpty() && !segment.startsWith("{")) {
                parts.add(camel(segment));
            }
        }
        String method = operation.givenId() == null || operation.givenId().isBlank()
                ? operation.method().toLowerCase(Locale.ROOT) : camel(operation.givenId());
        if (parts.isEmpty() || !parts.get(parts.size() - 1).equals(method)) {
            parts.add(method);
        }
        return String.join("_", parts);
    }

    /** {@code first-actions} → {@code firstActions}, {@code errors.csv} → {@code errorsCsv}; keeps letters and digits only. */
    static String camel(String text) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(upper && !out.isEmpty() ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return out.isEmpty() ? "x" : out.toString();
    }
}
