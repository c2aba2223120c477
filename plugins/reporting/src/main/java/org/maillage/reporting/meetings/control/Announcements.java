package org.maillage.reporting.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.maillage.platform.api.logs.Redacted;
import org.maillage.platform.api.tenant.TenantWork;
import org.maillage.reporting.meetings.control.Notices.Outcome;
import org.maillage.reporting.meetings.control.Notices.Standing;
import org.maillage.reporting.meetings.entity.Meeting;

/**
 * Tells each cooperation concerned by a saved (or cancelled) meeting, one cooperation at a time, each in its own
 * tenant work and transaction ({@link Notices}); call it after the meeting's change committed and outside any
 * transaction. A cooperation that could not be told (no contact address, or suspended) is named in the answer,
 * and is told at the next save once it can be.
 */
@ApplicationScoped
public class Announcements {

    private static final Logger LOG = Logger.getLogger(Announcements.class.getName());

    @Inject
    TenantWork tenantWork;

    @Inject
    Notices notices;

    /** @return the cooperations that had news but could not be told, by slug */
    public List<String> saved(Meetings.Saved saved, OffsetDateTime now) {
        Set<String> untold = new TreeSet<>();
        saved.meeting().invited().forEach(slug -> tell(slug, saved.meeting(), Standing.INVITED, now, untold));
        saved.uninvited().forEach(slug -> tell(slug, saved.meeting(), Standing.UNINVITED, now, untold));
        return List.copyOf(untold);
    }

    /** @return the cooperations told of the meeting that could not be told it is cancelled */
    public List<String> cancelled(Meeting meeting, OffsetDateTime now) {
        Set<String> untold = new TreeSet<>();
        meeting.invited().forEach(slug -> tell(slug, meeting, Standing.CANCELLED, now, untold));
        return List.copyOf(untold);
    }

    private void tell(String slug, Meeting meeting, Standing standing, OffsetDateTime now, Set<String> untold) {
        try {
            if (tenantWork.call(slug, () -> notices.tell(meeting, standing, now)) == Outcome.NO_CONTACT) {
                untold.add(slug);
            }
        } catch (Exception e) {
            LOG.warning(() -> "Meeting " + meeting.id() + ": " + slug + " not told (" + standing + "): " + Redacted.failure(e));
            untold.add(slug);
        }
    }
}
