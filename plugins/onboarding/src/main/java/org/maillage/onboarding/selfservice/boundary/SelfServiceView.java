package org.maillage.onboarding.selfservice.boundary;

import org.maillage.onboarding.volunteers.entity.Volunteer;

/**
 * What the self-service page shows the person: only what they gave and where they stand, no more.
 *
 * @param suggestions whether first actions or teams near them can be proposed (else the page hides that section)
 */
public record SelfServiceView(String firstName, String state, String stateLabel, String availability, Commune commune,
                              boolean consent, boolean unsubscribed, boolean suggestions) {

    public record Commune(String code, String nom) {
    }

    static SelfServiceView of(Volunteer v, boolean suggestions) {
        return new SelfServiceView(v.firstName(), v.state().name(), v.state().label(), v.availability(),
                v.communeCode() == null ? null : new Commune(v.communeCode(), v.communeName()),
                v.consent(), v.unsubscribedAt() != null, suggestions);
    }
}
