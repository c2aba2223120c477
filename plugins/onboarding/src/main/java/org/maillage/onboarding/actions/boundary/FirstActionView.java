package org.maillage.onboarding.actions.boundary;

import java.time.LocalDate;
import org.maillage.onboarding.actions.entity.FirstAction;

/** A first action as the API shows it, with its places left and the length of its waiting list. */
public record FirstActionView(String id, String title, String description, String communeCode, String communeName,
                              LocalDate startsOn, LocalDate endsOn, int places, int placesLeft, long waiting, String partner) {

    public static FirstActionView of(FirstAction a, long waiting) {
        return new FirstActionView(a.id(), a.title(), a.description(), a.communeCode(), a.communeName(), a.startsOn(),
                a.endsOn(), a.places(), a.placesLeft(), waiting, a.partner());
    }
}
