package org.maillage.platform.api.security;

/** The realm roles of Maillage. */
public final class Roles {

    /** Runs the national network: creates and suspends cooperations, reads all of them. */
    public static final String NETWORK_ADMIN = "network-admin";
    /** Runs one or more cooperations. */
    public static final String COORDINATOR = "coordinator";
    /** Runs a citizen team of a cooperation. */
    public static final String TEAM_REFERENT = "team-referent";

    private Roles() {
    }
}
