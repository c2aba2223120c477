package org.maillage.onboarding.imports.control;

import java.time.LocalDate;
import org.maillage.onboarding.volunteers.entity.VolunteerState;

/**
 * A row of an export read into what the import needs, values normalised; null for what the row does
 * not say (or said unreadably, with a warning).
 *
 * @param email      normalised and valid
 * @param postcode   five digits
 * @param seed       the state the row says the volunteer is at least in, or null
 * @param seedReason why, in French, for the transition record
 */
public record ImportedRow(long line, String email, String firstName, String lastName, String phone, String postcode,
                          LocalDate birthDate, String jvaProfileId, String availability, VolunteerState seed,
                          String seedReason) {
}
