package org.maillage.demodata;

/**
 * French phone numbers written the ways people type them: "06 12 34 56 78", "0612345678",
 * "+33 6 12 34 56 78", "+33612345678", "06.12.34.56.78". Mobiles start with 06 or 07 (0690, 0692... in the
 * overseas départements, whose international form uses their own country code); landlines with the
 * regional prefix (01 Île-de-France, 02 North-West, 03 North-East, 04 South-East, 05 South-West).
 * The numbers are random: they may belong to someone, so demo data must never be called or texted.
 */
final class Phones {

    /** Weights of the written forms: spaced pairs, compact, +33 spaced, +33 compact, dotted. */
    private static final WeightedIndex FORMS = WeightedIndex.of(45, 38, 8, 5, 4);

    private Phones() {
    }

    static String mobile(String departement, Rng rng) {
        String prefix = switch (departement) {
            case "971" -> rng.chance(0.5) ? "0690" : "0691";
            case "972" -> rng.chance(0.5) ? "0696" : "0697";
            case "973" -> "0694";
            case "974" -> rng.chance(0.5) ? "0692" : "0693";
            case "976" -> "0639";
            default -> metropolitanMobilePrefix(rng);
        };
        return format(prefix + rng.digits(10 - prefix.length()), departement, rng);
    }

    static String landline(String departement, String region, Rng rng) {
        String prefix = switch (departement) {
            case "971" -> "0590";
            case "972" -> "0596";
            case "973" -> "0594";
            case "974" -> "0262";
            case "976" -> "0269";
            case "11", "30", "34", "48", "66" -> "04";
            default -> switch (region) {
                case "11" -> "01";
                case "24", "28", "52", "53" -> "02";
                case "27", "32", "44" -> "03";
                case "84", "93", "94" -> "04";
                default -> "05";
            };
        };
        String area = prefix + rng.between(1, 9);
        return format(area + rng.digits(10 - area.length()), departement, rng);
    }

    /** 06 or 07 (07 30 to 07 89), never the overseas ranges 0639 and 0690 to 0697. */
    private static String metropolitanMobilePrefix(Rng rng) {
        if (rng.chance(0.35)) {
            return "07" + rng.between(3, 8);
        }
        String prefix = "06" + rng.between(0, 8);
        return prefix.equals("063") ? prefix + rng.between(0, 8) : prefix;
    }

    /** Writes ten national digits in one of the usual forms. */
    static String format(String digits, String departement, Rng rng) {
        String country = switch (departement) {
            case "971" -> "590";
            case "972" -> "596";
            case "973" -> "594";
            case "974", "976" -> "262";
            default -> "33";
        };
        String national = digits.substring(1);
        return switch (FORMS.pick(rng)) {
            case 0 -> pairs(digits, ' ');
            case 1 -> digits;
            case 2 -> "+" + country + " " + national.charAt(0) + " " + pairs(national.substring(1), ' ');
            case 3 -> "+" + country + national;
            default -> pairs(digits, '.');
        };
    }

    private static String pairs(String digits, char separator) {
        StringBuilder out = new StringBuilder(digits.length() * 3 / 2);
        for (int i = 0; i < digits.length(); i += 2) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(digits, i, Math.min(i + 2, digits.length()));
        }
        return out.toString();
    }
}
