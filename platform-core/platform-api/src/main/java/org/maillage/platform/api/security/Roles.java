package org.maillage.platform.api.security;

/**
 * The roles of Maillage. {@link #NETWORK_ADMIN} is held across the network (a Keycloak realm role);
 * {@link #COORDINATOR} and {@link #TEAM_REFERENT} are held per cooperation (Keycloak groups
 * {@code /cooperations/<slug>/<role>}), and on a cooperation's request only the roles held there count.
 */
public final class Roles {

    /** Runs the national network: creates and suspends cooperations, reads all of them. */
    public static final String NETWORK_ADMIN = "network-admin";
    /** Runs a cooperation (held per cooperation). */
    public static final String COORDINATOR = "coordinator";
    /** Runs a citizen team of a cooperation (held per cooperation). */
    public static final String TEAM_REFERENT = "team-referent";

    private Roles() {
    }
}
