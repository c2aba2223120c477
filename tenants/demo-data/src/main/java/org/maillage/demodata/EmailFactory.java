package org.maillage.demodata;

/**
 * Gives each volunteer an e-mail address derived from the name, the way people choose them
 * (marie.dupont@, mdupont@, dupont.marie@, marie.dupont56@, jeanpierre1962@...), at the French
 * consumer mail providers, older people more often at orange.fr, wanadoo.fr or laposte.net.
 *
 * <p>Addresses are unique ignoring case: the factory remembers a 64-bit hash of each lower-cased address
 * and, on a clash, tries again with a number appended. A hash clash between two different addresses only
 * costs a needless retry, so uniqueness is exact. Clean addresses are all lower case.
 */
final class EmailFactory {

    private static final String[] DOMAINS = {
        "gmail.com", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "hotmail.fr", "sfr.fr", "yahoo.fr",
        "outlook.fr", "hotmail.com", "live.fr", "icloud.com", "neuf.fr", "bbox.fr", "aliceadsl.fr"
    };
    /** Weights of {@link #DOMAINS} for volunteers under 50. */
    private static final WeightedIndex YOUNGER = WeightedIndex.of(48, 9, 1, 6, 4, 10, 3, 6, 5, 3, 3, 3, 0, 1, 0);
    /** Weights of {@link #DOMAINS} for volunteers of 50 and over. */
    private static final WeightedIndex OLDER = WeightedIndex.of(22, 24, 13, 8, 8, 7, 6, 6, 1, 1, 1, 1, 2, 2, 1);

    /** Local-part patterns, see {@link #localPart}. */
    private static final WeightedIndex PATTERNS = WeightedIndex.of(30, 10, 3, 3, 6, 5, 5, 2, 8, 6, 4, 5, 3, 4, 3);

    private final LongHashSet taken;

    EmailFactory(int expected) {
        taken = new LongHashSet(expected);
    }

    String create(Name first, Name last, int birthYear, int age, String departement, Rng rng) {
        String domain = DOMAINS[(age < 50 ? YOUNGER : OLDER).pick(rng)];
        String local = localPart(PATTERNS.pick(rng), first, last, birthYear, departement, rng);
        String address = local + "@" + domain;
        while (!taken.add(hash(address))) {
            int number = rng.chance(0.5) ? rng.between(2, 99) : rng.between(100, 9999);
            address = first.compact() + (rng.chance(0.5) ? "." : "") + last.compact() + number + "@" + domain;
        }
        return address;
    }

    private static String localPart(int pattern, Name first, Name last, int birthYear, String departement,
                                    Rng rng) {
        String f = first.slug();
        String l = last.compact();
        int year = birthYear % 100;
        String yy = year < 10 ? "0" + year : Integer.toString(year);
        return switch (pattern) {
            case 0 -> f + "." + l;
            case 1 -> first.compact() + l;
            case 2 -> f + "_" + l;
            case 3 -> f + "-" + l;
            case 4 -> first.initial() + "." + l;
            case 5 -> first.initial() + l;
            case 6 -> l + "." + f;
            case 7 -> l + first.compact();
            case 8 -> f + "." + l + yy;
            case 9 -> first.compact() + l + rng.between(1, 99);
            case 10 -> first.compact() + birthYear;
            case 11 -> f + "." + l + rng.between(1, 999);
            case 12 -> l + first.initial() + rng.between(1, 99);
            case 13 -> f + "." + l + Text.lower(departement);
            default -> f + l.charAt(0) + yy;
        };
    }

    /** A 64-bit hash of the lower-cased address (FNV-1a, then a finaliser). */
    static long hash(String address) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < address.length(); i++) {
            h ^= Character.toLowerCase(address.charAt(i));
            h *= 0x100000001b3L;
        }
        return Rng.mix64(h);
    }
}
