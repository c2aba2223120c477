package org.maillage.platform.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.maillage.platform.api.security.Roles;

/** The caller of the current request, from the token MicroProfile JWT has checked. */
@RequestScoped
public class Caller {

    /** The claim with the caller's cooperations: Keycloak group paths {@code /cooperations/<slug>}. */
    public static final String TENANTS_CLAIM = "tenants";
    static final String GROUP_PREFIX = "/cooperations/";

    @Inject
    JsonWebToken token;

    public boolean authenticated() {
        return token != null && token.getRawToken() != null;
    }

    /** @return the user's login ({@code upn}, else {@code preferred_username}, else {@code sub}); null when anonymous */
    public String subject() {
        if (!authenticated()) {
            return null;
        }
        String upn = token.getClaim("upn");
        if (upn != null) {
            return upn;
        }
        String username = token.getClaim("preferred_username");
        return username != null ? username : token.getSubject();
    }

    public Set<String> roles() {
        return authenticated() && token.getGroups() != null ? Set.copyOf(token.getGroups()) : Set.of();
    }

    public boolean networkAdmin() {
        return roles().contains(Roles.NETWORK_ADMIN);
    }

    /** @return the slugs of the cooperations the caller belongs to */
    public Set<String> tenants() {
        Set<String> slugs = new TreeSet<>();
        if (!authenticated()) {
            return slugs;
        }
        Object claim = token.getClaim(TENANTS_CLAIM);
        if (claim instanceof JsonArray array) {
            array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                    .forEach(v -> add(((JsonString) v).getString(), slugs));
        } else if (claim instanceof Collection<?> values) {
            values.forEach(v -> add(String.valueOf(v), slugs));
        } else if (claim != null) {
            add(String.valueOf(claim), slugs);
        }
        return slugs;
    }

    public boolean memberOf(String slug) {
        return tenants().contains(slug);
    }

    private static void add(String value, Set<String> slugs) {
        String v = value.replace("\"", "");
        if (v.startsWith(GROUP_PREFIX)) {
            String slug = v.substring(GROUP_PREFIX.length());
            if (!slug.isEmpty() && !slug.contains("/")) {
                slugs.add(slug);
            }
        }
    }
}
