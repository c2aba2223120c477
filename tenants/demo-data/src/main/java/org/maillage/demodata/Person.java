package org.maillage.demodata;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One volunteer as JeVeuxAider knows them. Immutable; the dirty variant derives altered copies.
 *
 * @param mobile    empty when not given
 * @param phone     landline, empty when not given
 * @param structure the organisation the volunteer belongs to, or null (most volunteers)
 */
record Person(boolean female, String prenom, String nom, String email, String mobile, String phone,
              String postcode, String communeCode, LocalDate birthDate, LocalDateTime signedUp,
              Structure structure) {

    Person withEmail(String newEmail) {
        return new Person(female, prenom, nom, newEmail, mobile, phone, postcode, communeCode, birthDate, signedUp,
                structure);
    }

    Person withNames(String newPrenom, String newNom) {
        return new Person(female, newPrenom, newNom, email, mobile, phone, postcode, communeCode, birthDate, signedUp,
                structure);
    }

    Person withPostcode(String newPostcode, String newCommuneCode) {
        return new Person(female, prenom, nom, email, mobile, phone, newPostcode, newCommuneCode, birthDate, signedUp,
                structure);
    }

    Person withSignedUp(LocalDateTime newSignedUp) {
        return new Person(female, prenom, nom, email, mobile, phone, postcode, communeCode, birthDate, newSignedUp,
                structure);
    }
}
