package org.maillage.onboarding.api;

/**
 * What another plugin may know of a volunteer.
 *
 * @param id          the volunteer's id in onboarding
 * @param firstName   first name
 * @param lastName    last name
 * @param email       normalised e-mail address
 * @param phone       phone number, or null
 * @param communeCode INSEE code of the commune they live in, or null when not settled
 * @param state       their onboarding state ({@code NEW}, ..., {@code IN_TEAM}, {@code INACTIVE}, {@code WITHDRAWN})
 */
public record VolunteerCard(String id, String firstName, String lastName, String email, String phone,
                            String communeCode, String state) {
}
