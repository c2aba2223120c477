package org.maillage.platform.api.text;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The one e-mail rule of the platform: what an address is, when two are the same, and when one is
 * unusual. The full statement, with examples, is {@code docs/email-addresses.md}.
 *
 * <p><b>Same address</b>: equal {@link #normalised} forms — spaces (also non-breaking ones) trimmed at both
 * ends, Unicode NFC, the whole address in lower case ({@link Locale#ROOT}). {@code Benoît.Martin@Exemple.FR}
 * and {@code benoît.martin@exemple.fr} are one person.
 *
 * <p><b>Refused</b> ({@link #problem}): shapes no mail server can deliver to — nothing; no « @ » or several;
 * nothing before or after it; a space or a control character; a character that separates addresses or needs
 * quoting ({@code , ; : < > ( ) [ ] \ "}); an empty dotted part (a dot at either end or two in a row); a domain
 * without a dot, with a label that is not a valid (internationalised) host name label, or ending with a number or a single letter;
 * more than 254 characters.
 *
 * <p><b>Warned</b> ({@link #warning}): deliverable, but some mail servers refuse them — a local part with
 * letters outside ASCII (internationalised, RFC 6531), or with rare ASCII symbols, or longer than 64 bytes.
 */
public final class EmailAddress {

    /** RFC 5321: a path holds 256 octets with its angle brackets. */
    public static final int MAX_LENGTH = 254;
    private static final int LOCAL_MAX_BYTES = 64;
    private static final String SEPARATORS = ",;:<>()[]\\\"";
    private static final String USUAL = "._+-";

    private EmailAddress() {
    }

    /** @return the address as compared and stored: trimmed (also of non-breaking spaces), NFC, lower case; null stays null */
    public static String normalised(String raw) {
        if (raw == null) {
            return null;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && blank(raw.charAt(start))) {
            start++;
        }
        while (end > start && blank(raw.charAt(end - 1))) {
            end--;
        }
        return Normalizer.normalize(raw.substring(start, end), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** @return whether a message can be delivered to the address (after {@link #normalised}) */
    public static boolean deliverable(String raw) {
        return problem(normalised(raw)).isEmpty();
    }

    /**
     * @param address a {@link #normalised} address
     * @return why no message can be delivered to it, in French (« adresse e-mail invalide : … »), or empty
     */
    public static Optional<String> problem(String address) {
        if (address == null || address.isEmpty()) {
            return Optional.of("adresse e-mail absente");
        }
        if (address.length() > MAX_LENGTH) {
            return invalid("elle dépasse " + MAX_LENGTH + " caractères");
        }
        int at = address.indexOf('@');
        if (at < 0) {
            return invalid("il manque le « @ »");
        }
        if (address.indexOf('@', at + 1) >= 0) {
            return invalid("elle contient plusieurs « @ »");
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.isEmpty()) {
            return invalid("rien avant le « @ »");
        }
        if (domain.isEmpty()) {
            return invalid("rien après le « @ »");
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return invalid("elle contient une espace");
            }
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                return invalid("elle contient un caractère invisible");
            }
            if (SEPARATORS.indexOf(c) >= 0) {
                return invalid("elle contient le caractère « " + c + " »");
            }
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return invalid("un point au début, à la fin ou en double avant le « @ »");
        }
        if (!domain.contains(".")) {
            return invalid("le domaine après le « @ » n'a pas de point (par exemple exemple.fr)");
        }
        if (domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            return invalid("un point au début, à la fin ou en double dans le domaine");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            return invalid("le domaine « " + domain + " » n'est pas un nom de domaine");
        }
        for (String label : ascii.split("\\.")) {
            if (label.isEmpty() || label.length() > 63) {
                return invalid("le domaine « " + domain + " » n'est pas un nom de domaine");
            }
        }
        String top = ascii.substring(ascii.lastIndexOf('.') + 1);
        if (top.chars().allMatch(Character::isDigit)) {
            return invalid("le domaine se termine par un nombre");
        }
        if (top.length() < 2) {
            return invalid("le domaine se termine par une seule lettre (par exemple .fr attendu)");
        }
        return Optional.empty();
    }

    private static Optional<String> invalid(String why) {
        return Optional.of("adresse e-mail invalide : " + why);
    }

    /**
     * @param address a {@link #normalised} address without {@link #problem}
     * @return why some mail servers may refuse it, in French, for a coordinator to check; empty for a usual address
     */
    public static Optional<String> warning(String address) {
        int at = address.indexOf('@');
        String local = at < 0 ? address : address.substring(0, at);
        if (local.getBytes(StandardCharsets.UTF_8).length > LOCAL_MAX_BYTES) {
            return Optional.of("adresse e-mail inhabituelle : plus de 64 octets avant le « @ », certains serveurs la refusent");
        }
        boolean international = false;
        boolean rare = false;
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c > 0x7F) {
                international = true;
            } else if (!Character.isLetterOrDigit(c) && USUAL.indexOf(c) < 0) {
                rare = true;
            }
        }
        if (international) {
            return Optional.of("adresse e-mail internationalisée (lettres accentuées avant le « @ ») : "
                    + "importée, mais certains serveurs de messagerie ne l'acceptent pas");
        }
        if (rare) {
            return Optional.of("adresse e-mail inhabituelle (symboles avant le « @ ») : importée, vérifiez-la");
        }
        return Optional.empty();
    }
}
