package org.maillage.platform.api.logs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text for the server log and for stored error messages, with every e-mail address masked:
 * {@code anne.le-goff@exemple.fr} becomes {@code a***@exemple.fr}. The log outlives erasure; an address in it
 * would outlive the person's data.
 */
public final class Redacted {

    private static final Pattern ADDRESS = Pattern.compile("([\\p{L}\\p{N}])[\\p{L}\\p{N}._%+'!#$&*/=?^`{|}~-]*@([\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*)");

    private Redacted() {
    }

    /** @return the text with every address masked; null stays null */
    public static String text(String text) {
        return text == null ? null : ADDRESS.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***@" + m.group(2)));
    }

    /** @return the failure and its causes, class and masked message each, on one line: what a log line says instead of a stack trace */
    public static String failure(Throwable failure) {
        StringBuilder line = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (line.length() > 0) {
                line.append(" ← ");
            }
            line.append(t.getClass().getName());
            if (t.getMessage() != null) {
                line.append(": ").append(text(t.getMessage()));
            }
            if (line.length() > 4000) {
                break;
            }
        }
        return line.toString().replaceAll("\\s+", " ");
    }
}
