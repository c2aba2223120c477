package org.maillage.onboarding.api;

/** A file that cannot be read as a table, with a French message for the user. */
public class UnreadableFile extends RuntimeException {

    public UnreadableFile(String message) {
        super(message);
    }

    public UnreadableFile(String message, Throwable cause) {
        super(message, cause);
    }
}
