package org.maillage.teams.teams.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a team stands, and the one definition of which changes are allowed.
 *
 * <ul>
 * <li>PROJECT → ACTIVE (the team starts acting; its charter must be signed), or CLOSED (the project is given up);</li>
 * <li>ACTIVE → DORMANT (the team pauses), or CLOSED;</li>
 * <li>DORMANT → ACTIVE (it starts again), or CLOSED;</li>
 * <li>CLOSED is final: a team that starts again is a new team.</li>
 * </ul>
 * Moving to DORMANT or CLOSED needs a reason. Only ACTIVE teams cover their communes.
 */
public enum TeamStatus {
    PROJECT("En projet"),
    ACTIVE("Active"),
    DORMANT("En sommeil"),
    CLOSED("Fermée");

    private final String label;

    TeamStatus(String label) {
        this.label = label;
    }

    /** @return the French name shown to users */
    public String label() {
        return label;
    }

    /** @return the statuses a team in this status may move to */
    public Set<TeamStatus> next() {
        return switch (this) {
            case PROJECT, DORMANT -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE -> EnumSet.of(DORMANT, CLOSED);
            case CLOSED -> EnumSet.noneOf(TeamStatus.class);
        };
    }

    public boolean allows(TeamStatus to) {
        return next().contains(to);
    }

    /** @return whether moving to {@code to} needs a reason */
    public static boolean needsReason(TeamStatus to) {
        return to == DORMANT || to == CLOSED;
    }

    /** @return why the move is impossible, in French, for a 409 answer */
    public String refusal(TeamStatus to) {
        if (to == this) {
            return "Cette équipe est déjà au statut « " + label + " ».";
        }
        if (next().isEmpty()) {
            return "Une équipe « " + label + " » ne change plus de statut : pour repartir, créez une nouvelle équipe.";
        }
        String allowed = next().stream().map(s -> "« " + s.label + " »").collect(Collectors.joining(" ou "));
        return "Passage impossible de « " + label + " » à « " + to.label + " ». Depuis « " + label
                + " », une équipe peut passer à : " + allowed + ".";
    }

    /** @return the status named {@code name} (its English code, any case), or null */
    public static TeamStatus parse(String name) {
        if (name == null) {
            return null;
        }
        String code = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst().orElse(null);
    }

    /** @return the codes of every status, for error messages */
    public static String codes() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
