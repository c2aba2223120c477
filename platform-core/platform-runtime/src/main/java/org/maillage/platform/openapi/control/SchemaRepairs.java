package org.maillage.platform.openapi.control;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Two faults of the schemas Payara writes: a {@code @DefaultValue} is always a string, even for a number or a
 * boolean ({@code default: '0'} on an integer), and an array whose item type it could not read has no {@code items}
 * (required by OpenAPI 3.0). The first becomes the number or boolean (or no default when the text is neither); the
 * second accepts any item.
 */
public final class SchemaRepairs {

    private SchemaRepairs() {
    }

    /** Repairs the schemas of an operation's parameters, request body and responses. */
    public static void repair(Operation operation) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                repair(parameter.getSchema(), seen);
                repair(parameter.getContent(), seen);
            }
        }
        if (operation.getRequestBody() != null) {
            repair(operation.getRequestBody().getContent(), seen);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                repair(response.getContent(), seen);
            }
        }
    }

    /** Repairs a schema and every schema inside it. */
    public static void repair(Schema schema) {
        repair(schema, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void repair(Content content, Set<Schema> seen) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType type : content.getMediaTypes().values()) {
                repair(type.getSchema(), seen);
            }
        }
    }

    private static void repair(Schema schema, Set<Schema> seen) {
        if (schema == null || !seen.add(schema) || schema.getRef() != null) {
            return;
        }
        if (schema.getDefaultValue() instanceof String text && schema.getType() != null) {
            schema.setDefaultValue(typed(schema.getType(), text));
        }
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() == null) {
            schema.setItems(OASFactory.createSchema());
        }
        repair(schema.getItems(), seen);
        if (schema.getAdditionalPropertiesSchema() != null) {
            repair(schema.getAdditionalPropertiesSchema(), seen);
        }
        if (schema.getNot() != null) {
            repair(schema.getNot(), seen);
        }
        orEmpty(schema.getProperties()).values().forEach(property -> repair(property, seen));
        for (List<Schema> group : List.of(orEmpty(schema.getAllOf()), orEmpty(schema.getAnyOf()), orEmpty(schema.getOneOf()))) {
            group.forEach(member -> repair(member, seen));
        }
    }

    /** The default of a schema of that type written as text: the number or boolean it spells, else none. */
    static Object typed(Schema.SchemaType type, String text) {
        try {
            return switch (type) {
                case INTEGER, NUMBER -> new BigDecimal(text.trim());
                case BOOLEAN -> "true".equalsIgnoreCase(text.trim()) ? Boolean.TRUE
                        : "false".equalsIgnoreCase(text.trim()) ? Boolean.FALSE : null;
                default -> text;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
