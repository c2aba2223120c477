package org.maillage.onboarding.imports.control;

import java.util.Arrays;
import java.util.Optional;
import org.maillage.onboarding.volunteers.entity.VolunteerState;

/**
 * The states of a JeVeuxAider participation, and what each says about a volunteer's place in the
 * cooperation's pipeline.
 *
 * <p>The decision: a participation « En cours de traitement » or « Validée » means a structure has
 * been in touch with the person about a mission, so the volunteer is at least CONTACTED. Nothing more
 * is inferred: a JeVeuxAider validation is not a meeting with the cooperation, and « En attente de
 * validation », « Refusée » (requirements not met) and « Annulée » (often changed their mind, or the
 * mission ended) say nothing about the person's wish to help elsewhere — they stay NEW. An import
 * only ever moves a volunteer from NEW, never back and never past what a coordinator recorded.
 */
public enum ParticipationStatus {
    WAITING("en attente de validation", null),
    IN_PROGRESS("en cours de traitement", VolunteerState.CONTACTED),
    VALIDATED("validee", VolunteerState.CONTACTED),
    REFUSED("refusee", null),
    CANCELLED("annulee", null);

    private final String key;
    private final VolunteerState seed;

    ParticipationStatus(String key, VolunteerState seed) {
        this.key = key;
        this.seed = seed;
    }

    /** @return the state a volunteer with such a participation is at least in, or null for no conclusion */
    public VolunteerState seed() {
        return seed;
    }

    /** @return the status written in an export, compared without case and accents */
    public static Optional<ParticipationStatus> of(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String key = ExportFormat.key(written).replace('_', ' ');
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
