package org.maillage.onboarding.volunteers.entity;

import java.util.Optional;
import java.util.regex.Pattern;
import org.maillage.platform.api.text.EmailAddress;
import org.maillage.platform.api.text.Folding;

/**
 * How the values that identify or find a volunteer are normalised. One place, used by the import,
 * the API and the personal-data requests alike.
 */
public final class Normalisation {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\uFEFF]+");

    private Normalisation() {
    }

    /** @return the e-mail address as the platform compares them ({@link EmailAddress#normalised}); null stays null */
    public static String email(String raw) {
        return EmailAddress.normalised(raw);
    }

    /**
     * @return the text folded for search by the platform's rule ({@link Folding#fold}), every run of
     *         characters other than letters, digits, {@code @ . _ + -} turned into one space, trimmed
     */
    public static String folded(String text) {
        String folded = Folding.fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '@' || c == '.' || c == '_' || c == '+' || c == '-') {
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
