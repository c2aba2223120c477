package org.maillage.platform.persistence.control;

/**
 * The statement time-out of the work running on this thread, in milliseconds (0: none), which {@link WalledDataSource}
 * sets on every connection it hands out ({@code statement_timeout}). Set for a heavy request by the HTTP layer and
 * cleared when the request ends; background work and ordinary requests run without one.
 */
public final class StatementBudget {

    private static final ThreadLocal<Integer> MILLIS = new ThreadLocal<>();

    private StatementBudget() {
    }

    public static void set(int millis) {
        MILLIS.set(millis);
    }

    public static void clear() {
        MILLIS.remove();
    }

    /** @return the time-out of this thread's statements, 0 for none */
    public static int millis() {
        Integer millis = MILLIS.get();
        return millis == null ? 0 : millis;
    }
}
