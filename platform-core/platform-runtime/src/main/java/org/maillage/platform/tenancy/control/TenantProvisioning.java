package org.maillage.platform.tenancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.plugins.control.Enablement;
import org.maillage.platform.settings.control.EffectiveSettings;

/** Applies one tenant descriptor, all or nothing: the cooperation, its plugins and its settings. */
@ApplicationScoped
@Transactional
public class TenantProvisioning {

    @Inject
    TenantRegistry registry;

    @Inject
    Tenants tenants;

    @Inject
    CurrentTenant current;

    @Inject
    Enablement enablement;

    @Inject
    EffectiveSettings settings;

    /** @return "créée" or "à jour" */
    public String apply(String slug, JsonObject descriptor) {
        String name = required(descriptor, "displayName");
        List<String> departements = strings(descriptor, "departements");
        String contact = contactEmail(descriptor);
        String done;
        if (tenants.find(slug).isEmpty()) {
            registry.create(slug, name, departements, contact);
            done = "créée";
        } else {
            registry.change(slug, name, departements);
            // the descriptor gives the first address; one its coordinators set since is theirs to keep
            if (contact != null && TenantRegistry.checkedContact(contact) != null && registry.existing(slug).contactEmail().isEmpty()) {
                registry.contact(slug, contact);
            }
            done = "à jour";
        }
        current.unbind();
        current.bind(slug);
        try {
            for (String plugin : strings(descriptor, "plugins")) {
                enablement.enable(plugin, "descripteur");
            }
            for (Map.Entry<String, JsonValue> setting : descriptor.getJsonObject("settings") == null ? List.<Map.Entry<String, JsonValue>>of()
                    : descriptor.getJsonObject("settings").entrySet()) {
                settings.override(setting.getKey(), ((JsonString) setting.getValue()).getString());
            }
        } finally {
            current.unbind();
        }
        return done;
    }

    /** @return {@code contact.email}, or null when the descriptor has none */
    private static String contactEmail(JsonObject descriptor) {
        if (!descriptor.containsKey("contact") || descriptor.isNull("contact")) {
            return null;
        }
        if (descriptor.get("contact").getValueType() != JsonValue.ValueType.OBJECT) {
            throw ApiError.invalidField("contact", "doit être un objet (name, email)");
        }
        JsonObject contact = descriptor.getJsonObject("contact");
        if (!contact.containsKey("email") || contact.isNull("email")) {
            return null;
        }
        if (contact.get("email").getValueType() != JsonValue.ValueType.STRING) {
            throw ApiError.invalidField("contact.email", "doit être un texte");
        }
        return contact.getString("email");
    }

    private static String required(JsonObject descriptor, String field) {
        if (!descriptor.containsKey(field) || descriptor.get(field).getValueType() != JsonValue.ValueType.STRING) {
            throw ApiError.invalidField(field, "est obligatoire et doit être un texte");
        }
        return descriptor.getString(field);
    }

    private static List<String> strings(JsonObject descriptor, String field) {
        if (!descriptor.containsKey(field)) {
            return List.of();
        }
        if (descriptor.get(field).getValueType() != JsonValue.ValueType.ARRAY) {
            throw ApiError.invalidField(field, "doit être une liste");
        }
        return descriptor.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
