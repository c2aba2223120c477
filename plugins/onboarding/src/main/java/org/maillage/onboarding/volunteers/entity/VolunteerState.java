package org.maillage.onboarding.volunteers.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a volunteer stands, and the one definition of which changes are allowed.
 *
 * <p>The pipeline: NEW → CONTACTED → RESPONDED → MET → FIRST_ACTION → IN_TEAM. The rules:
 * <ul>
 * <li>in the pipeline a volunteer moves forward, one step or several (a person may join a team
 * right after meeting the coordinator), never back;</li>
 * <li>from any step of the pipeline a volunteer may become INACTIVE (no news) or WITHDRAWN (does not
 * want to go on), with a reason;</li>
 * <li>an INACTIVE volunteer comes back to any step but NEW (someone was in touch again), or withdraws;</li>
 * <li>a WITHDRAWN volunteer only comes back as RESPONDED — the person got in touch again — with a reason;</li>
 * <li>moving to the state one is in is not a change.</li>
 * </ul>
 */
public enum VolunteerState {
    NEW("Nouveau"),
    CONTACTED("Contacté"),
    RESPONDED("A répondu"),
    MET("Rencontré"),
    FIRST_ACTION("Première action"),
    IN_TEAM("Dans une équipe"),
    INACTIVE("Inactif"),
    WITHDRAWN("Retiré");

    private final String label;

    VolunteerState(String label) {
        this.label = label;
    }

    /** @return the French name shown to users */
    public String label() {
        return label;
    }

    /** @return whether this is a step of the pipeline (not INACTIVE nor WITHDRAWN) */
    public boolean inPipeline() {
        return ordinal() <= IN_TEAM.ordinal();
    }

    /** @return the states a volunteer in this state may move to */
    public Set<VolunteerState> next() {
        Set<VolunteerState> next = EnumSet.noneOf(VolunteerState.class);
        switch (this) {
            case INACTIVE -> {
                Arrays.stream(values()).filter(s -> s.inPipeline() && s != NEW).forEach(next::add);
                next.add(WITHDRAWN);
            }
            case WITHDRAWN -> next.add(RESPONDED);
            default -> {
                Arrays.stream(values()).filter(s -> s.inPipeline() && s.ordinal() > ordinal()).forEach(next::add);
                next.add(INACTIVE);
                next.add(WITHDRAWN);
            }
        }
        return next;
    }

    public boolean allows(VolunteerState to) {
        return next().contains(to);
    }

    /** @return whether moving from this state to {@code to} needs a reason */
    public boolean needsReason(VolunteerState to) {
        return to == INACTIVE || to == WITHDRAWN || this == WITHDRAWN;
    }

    /** @return why the move is impossible, in French, for a 409 answer */
    public String refusal(VolunteerState to) {
        if (to == this) {
            return "Ce bénévole est déjà à l’étape « " + label + " ».";
        }
        String allowed = next().stream().map(s -> "« " + s.label + " »").collect(Collectors.joining(", "));
        return "Passage impossible de « " + label + " » à « " + to.label + " ». Depuis « " + label
                + " », un bénévole peut passer à : " + allowed + ".";
    }

    /** @return the state named {@code name} (its English code, any case), or null */
    public static VolunteerState parse(String name) {
        if (name == null) {
            return null;
        }
        String code = name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(s -> s.name().equals(code)).findFirst().orElse(null);
    }

    /** @return the codes of every state, for error messages */
    public static String codes() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
