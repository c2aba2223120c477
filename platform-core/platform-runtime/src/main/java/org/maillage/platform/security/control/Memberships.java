package org.maillage.platform.security.control;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.maillage.platform.api.security.Roles;

/**
 * A person's cooperations and their roles in each, read from the full paths of their Keycloak groups:
 * {@code /cooperations/<slug>/<role>}, where the role is one of {@link #ROLES}. Any other path — a
 * bare {@code /cooperations/<slug>}, an unknown role, a deeper or shallower path — gives nothing: a
 * membership counts only with a role.
 *
 * @param roles the roles of each cooperation's slug, never empty
 */
public record Memberships(Map<String, Set<String>> roles) {

    /** The parent group of the cooperations' groups. */
    public static final String PARENT = "cooperations";
    /** The roles held per cooperation: the names of a cooperation group's sub-groups. */
    public static final Set<String> ROLES = Set.of(Roles.COORDINATOR, Roles.TEAM_REFERENT);

    public Memberships {
        Map<String, Set<String>> copy = new TreeMap<>();
        roles.forEach((slug, held) -> copy.put(slug, Set.copyOf(held)));
        roles = Map.copyOf(copy);
    }

    /** @param groupPaths full group paths, as the token's {@code tenants} claim carries them */
    public static Memberships of(Collection<String> groupPaths) {
        Map<String, Set<String>> found = new TreeMap<>();
        for (String path : groupPaths) {
            String[] parts = path.split("/", -1);
            if (parts.length == 4 && parts[0].isEmpty() && parts[1].equals(PARENT) && !parts[2].isEmpty()
                    && ROLES.contains(parts[3])) {
                found.computeIfAbsent(parts[2], slug -> new TreeSet<>()).add(parts[3]);
            }
        }
        return new Memberships(found);
    }

    /** @return the slugs of the cooperations where the person holds a role */
    public Set<String> slugs() {
        return new TreeSet<>(roles.keySet());
    }

    /** @return the person's roles in a cooperation; empty when not a member */
    public Set<String> in(String slug) {
        return roles.getOrDefault(slug, Set.of());
    }

    /** @return every role the person holds in at least one cooperation */
    public Set<String> anywhere() {
        Set<String> all = new TreeSet<>();
        roles.values().forEach(all::addAll);
        return all;
    }
}
