package org.maillage.onboarding.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Queues the current cooperation's daily digest when it is due, in the platform's outbox, which sends it. Run as
 * a plugin job every {@code maillage.mail.poll-seconds}; {@link Digest} keeps two runs from queuing a day twice.
 */
@ApplicationScoped
public class DueDigests {

    @Inject
    Digest digest;

    public void queue(OffsetDateTime now) {
        LocalDate day = digest.dueDay(now);
        if (day == null || digest.queued(day)) {
            return;
        }
        try {
            digest.queue(day, now);
        } catch (RuntimeException e) {
            if (!digest.queued(day)) {
                throw e;
            }
            // another run queued it first: the day's key refused this one
        }
    }
}
