package org.maillage.onboarding.volunteers.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the values that identify or find a volunteer are normalised. One place, used by the import,
 * the API and the personal-data requests alike.
 */
public final class Normalisation {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]+)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\uFEFF]+");

    private Normalisation() {
    }

    /** @return the e-mail address trimmed (also of non-breaking spaces) and in lower case; null stays null */
    public static String email(String raw) {
        if (raw == null) {
            return null;
        }
        return SPACES.matcher(raw).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }

    /**
     * @param email a normalised address
     * @return what is wrong with it, in French, or empty when it is a plausible address: a local part
     *         of ASCII characters allowed by RFC 5322 without leading, trailing or double dots, one
     *         {@code @}, a domain of at least two labels ending with a top-level domain of letters;
     *         254 characters at most
     */
    public static Optional<String> emailProblem(String email) {
        if (email == null || email.isEmpty()) {
            return Optional.of("adresse e-mail absente");
        }
        if (email.length() > 254) {
            return Optional.of("adresse e-mail trop longue (254 caractères au plus)");
        }
        int at = email.lastIndexOf('@');
        if (at <= 0 || email.indexOf('@') != at) {
            return Optional.of("adresse e-mail invalide : il faut exactement un « @ » précédé d’un nom");
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
            return Optional.of("adresse e-mail invalide : la partie avant « @ » contient des caractères non admis (espace, accent, point en trop…)");
        }
        if (!DOMAIN.matcher(domain).matches()) {
            return Optional.of("adresse e-mail invalide : le domaine après « @ » n’est pas valide");
        }
        return Optional.empty();
    }

    /**
     * @return the text folded for search: lower case, accents removed (é → e), œ/æ spelt oe/ae, every
     *         run of characters other than letters, digits, {@code @ . _ + -} turned into one space, trimmed
     */
    public static String folded(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = Character.toLowerCase(decomposed.charAt(i));
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            String spelt = switch (c) {
                case 'œ' -> "oe";
                case 'æ' -> "ae";
                case 'ß' -> "ss";
                case 'ø' -> "o";
                default -> null;
            };
            if (spelt != null) {
                out.append(spelt);
                space = false;
            } else if (Character.isLetterOrDigit(c) || c == '@' || c == '.' || c == '_' || c == '+' || c == '-') {
                out.append(c);
                space = false;
            } else if (!space && !out.isEmpty()) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().trim();
    }

    /**
     * @return the digits of a French phone number in national form ({@code +33 6 12 34 56 78} →
     *         {@code 0612345678}; a mobile that lost its leading zero in a spreadsheet, {@code 612345678},
     *         gets it back), or null when fewer than 9 digits remain. Only compared, never shown.
     */
    public static String phoneKey(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+33")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0033")) {
            digits = "0" + digits.substring(4);
        }
        digits = digits.replace("+", "");
        if (digits.length() == 9 && digits.charAt(0) != '0') {
            digits = "0" + digits;
        }
        return digits.length() >= 9 ? digits : null;
    }

    /**
     * @return a French postcode of five digits: spaces removed, and a leading zero put back when a
     *         spreadsheet dropped it ({@code 6000} → {@code 06000}); empty when the text is not one
     */
    public static Optional<String> postcode(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = SPACES.matcher(raw).replaceAll("");
        if (digits.matches("[0-9]{4}")) {
            digits = "0" + digits;
        }
        return digits.matches("[0-9]{5}") ? Optional.of(digits) : Optional.empty();
    }

    /** @return the text trimmed (also of non-breaking spaces) and cut to {@code max} characters; null when blank */
    public static String text(String raw, int max) {
        if (raw == null) {
            return null;
        }
        String trimmed = SPACES.matcher(raw).replaceAll(" ").trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }
}
