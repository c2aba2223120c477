package org.maillage.platform.security.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.maillage.platform.api.security.Roles;

/**
 * The caller of the current request, from the token MicroProfile JWT has checked.
 *
 * <p>Two sources of roles: the realm roles of the {@code groups} claim, of which only
 * {@value Roles#NETWORK_ADMIN} counts (it is the one role held across the network), and the
 * cooperation roles of the {@value #TENANTS_CLAIM} claim ({@link Memberships}). A realm role
 * {@value Roles#COORDINATOR} or {@value Roles#TEAM_REFERENT} — the shape before roles were held per
 * cooperation — gives nothing.
 */
@RequestScoped
public class Caller {

    /** The claim with the caller's cooperation groups: full paths {@code /cooperations/<slug>/<role>}. */
    public static final String TENANTS_CLAIM = "tenants";
    /** The realm roles honoured from the {@code groups} claim. */
    static final Set<String> REALM_ROLES = Set.of(Roles.NETWORK_ADMIN);

    @Inject
    JsonWebToken token;

    private Memberships memberships;

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

    /** @return the realm-wide roles with every role the caller holds in at least one cooperation */
    public Set<String> roles() {
        Set<String> roles = new TreeSet<>(realmRoles());
        roles.addAll(memberships().anywhere());
        return roles;
    }

    /** @return the roles that count on a request of the cooperation: the realm-wide ones and those held there */
    public Set<String> rolesIn(String slug) {
        Set<String> roles = new TreeSet<>(realmRoles());
        roles.addAll(memberships().in(slug));
        return roles;
    }

    public boolean networkAdmin() {
        return realmRoles().contains(Roles.NETWORK_ADMIN);
    }

    /** @return the slugs of the cooperations where the caller holds a role */
    public Set<String> tenants() {
        return memberships().slugs();
    }

    public boolean memberOf(String slug) {
        return !memberships().in(slug).isEmpty();
    }

    public Memberships memberships() {
        if (memberships == null) {
            memberships = Memberships.of(authenticated() ? strings(token.getClaim(TENANTS_CLAIM)) : List.of());
        }
        return memberships;
    }

    private Set<String> realmRoles() {
        if (!authenticated() || token.getGroups() == null) {
            return Set.of();
        }
        Set<String> roles = new TreeSet<>(token.getGroups());
        roles.retainAll(REALM_ROLES);
        return roles;
    }

    /** A claim as strings: Payara gives a JSON array (of JSON strings), a collection, or a single value. */
    private static List<String> strings(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                    .forEach(v -> values.add(((JsonString) v).getString()));
        } else if (claim instanceof Collection<?> items) {
            items.forEach(v -> values.add(unquoted(String.valueOf(v))));
        } else if (claim != null) {
            values.add(unquoted(String.valueOf(claim)));
        }
        return values;
    }

    private static String unquoted(String value) {
        return value.replace("\"", "");
    }
}
