package org.maillage.demodata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Produces volunteers one at a time, in sign-up order, holding nothing per volunteer but a hash of the
 * e-mail (for uniqueness).
 *
 * <ul>
 *   <li>60% women (volunteers of the Réserve civique were mostly women);</li>
 *   <li>age at sign-up 18-85, skewed to 25-70: 18-24 9%, 25-39 30%, 40-54 29%, 55-69 24%, 70-85 8%;</li>
 *   <li>first name by sex and generation, surname by national frequency;</li>
 *   <li>commune drawn with probability proportional to its population, postcode among the commune's;</li>
 *   <li>mobile given by 97%, landline by 20%, a structure for 3%.</li>
 * </ul>
 */
final class PersonGenerator {

    private static final WeightedIndex AGE_BANDS = WeightedIndex.of(9, 30, 29, 24, 8);
    private static final int[][] AGE_RANGES = {{18, 24}, {25, 39}, {40, 54}, {55, 69}, {70, 85}};

    private final Territory territory;
    private final Names names;
    private final Rng rng;
    private final SignupCalendar.Ordered signups;
    private final EmailFactory emails;
    private final List<Structure> structures;

    PersonGenerator(Territory territory, Names names, SignupCalendar calendar, long seed, int count) {
        this.territory = territory;
        this.names = names;
        this.rng = new Rng(seed, "people");
        this.signups = new SignupCalendar.Ordered(calendar, seed, count);
        this.emails = new EmailFactory(count);
        this.structures = Structure.pool(territory, count, seed);
    }

    Person next() {
        LocalDateTime signedUp = signups.next();
        boolean female = rng.chance(0.60);
        int[] band = AGE_RANGES[AGE_BANDS.pick(rng)];
        int age = rng.between(band[0], band[1]);
        LocalDate birthDate = signedUp.toLocalDate().minusYears(age).minusDays(rng.nextInt(365));
        Name first = names.firstName(female, birthDate.getYear(), rng);
        Name last = names.surname(rng);
        Commune commune = territory.pickByPopulation(rng);
        String postcode = commune.postcodes().size() == 1 ? commune.postcodes().get(0) : rng.pick(commune.postcodes());
        String email = emails.create(first, last, birthDate.getYear(), age, commune.departement(), rng);
        String mobile = rng.chance(0.97) ? Phones.mobile(commune.departement(), rng) : "";
        String phone = rng.chance(0.20) ? Phones.landline(commune.departement(), commune.region(), rng) : "";
        Structure structure = rng.chance(0.03) ? rng.pick(structures) : null;
        return new Person(female, first.display(), last.display(), email, mobile, phone, postcode, commune.code(),
                birthDate, signedUp, structure);
    }
}
