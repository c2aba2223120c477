package org.maillage.demodata;

/** A mistake of the user (bad option, unknown département...): reported as one line, never as a stack trace. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
