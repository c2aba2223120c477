package org.maillage.reporting.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.platform.api.mail.Mail;
import org.maillage.platform.api.mail.Message;
import org.maillage.platform.api.settings.TenantSettings;
import org.maillage.platform.api.tenant.TenantContext;
import org.maillage.reporting.meetings.control.Letters.Letter;
import org.maillage.reporting.meetings.entity.Meeting;
import org.maillage.reporting.meetings.entity.MeetingNotice;
import org.maillage.reporting.plugin.ReportingPlugin;

/**
 * Tells the current cooperation what changed about a meeting, by e-mail to its contact address, in one transaction
 * of the cooperation: the messages queued in its outbox and the {@link MeetingNotice} that records them commit together,
 * so a message is sent once whatever happens after. Run it inside {@code TenantWork.call}.
 */
@ApplicationScoped
public class Notices {

    static final String TIME_ZONE = "maillage.tenant.time-zone";

    /** What the cooperation is to the meeting now. */
    public enum Standing { INVITED, UNINVITED, CANCELLED }

    /** SENT: one message or more queued; NOTHING_NEW: it knows already; NO_CONTACT: there was news, but no address to send it to. */
    public enum Outcome { SENT, NOTHING_NEW, NO_CONTACT }

    @Inject
    EntityManager em;

    @Inject
    Mail mail;

    @Inject
    TenantContext tenant;

    @Inject
    TenantSettings settings;

    @Inject
    @ConfigProperty(name = "maillage.web.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Transactional
    public Outcome tell(Meeting meeting, Standing standing, OffsetDateTime now) {
        Optional<MeetingNotice> told = em.createQuery("select n from MeetingNotice n where n.meetingId = :meeting", MeetingNotice.class)
                .setParameter("meeting", meeting.id()).getResultStream().findFirst();
        Letters.Context context = new Letters.Context(meeting, tenant.displayName(), zone(), pageUrl(meeting));
        List<Letter> letters = new ArrayList<>();
        if (standing != Standing.INVITED) {
            if (told.isEmpty()) {
                return Outcome.NOTHING_NEW;
            }
            letters.add(standing == Standing.CANCELLED ? Letters.cancellation(context) : Letters.uninvited(context));
        } else if (told.isEmpty()) {
            letters.add(meeting.published() ? Letters.minutes(context) : Letters.invitation(context));
        } else {
            if (told.get().outdatedBy(meeting)) {
                letters.add(Letters.update(context, told.get().startsAt()));
            }
            if (meeting.published() && !told.get().minutesSent()) {
                letters.add(Letters.minutes(context));
            }
        }
        if (letters.isEmpty()) {
            return Outcome.NOTHING_NEW;
        }
        Optional<String> to = tenant.contactAddress();
        if (to.isEmpty()) {
            return Outcome.NO_CONTACT;
        }
        letters.forEach(letter -> mail.queue(Message.of(ReportingPlugin.ID, to.get(), letter.subject(), letter.body())
                .withReference(meeting.id()).withTags(letter.tag())));
        record(meeting, standing, told, now);
        return Outcome.SENT;
    }

    private void record(Meeting meeting, Standing standing, Optional<MeetingNotice> told, OffsetDateTime now) {
        if (standing != Standing.INVITED) {
            em.remove(told.orElseThrow());
            return;
        }
        MeetingNotice notice = told.orElseGet(() -> {
            MeetingNotice created = new MeetingNotice(meeting, now);
            em.persist(created);
            return created;
        });
        notice.retimed(meeting, now);
        if (meeting.published()) {
            notice.minutesSent(now);
        }
        em.flush(); // a concurrent telling of the same meeting fails here, its messages with it
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(settings.value(TIME_ZONE));
        } catch (RuntimeException e) {
            return ZoneId.of("Europe/Paris");
        }
    }

    /** @return the meeting's page in the cooperation, where its {@code .ics} is downloaded */
    private String pageUrl(Meeting meeting) {
        return publicUrl.replaceAll("/+$", "") + "/#/coop/" + tenant.slug() + "/" + ReportingPlugin.ID + "/commission/" + meeting.id();
    }
}
