package org.maillage.onboarding.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillage.onboarding.mail.entity.DigestDay;
import org.maillage.onboarding.settings.OnboardingSettings;
import org.maillage.onboarding.volunteers.control.Volunteers;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.onboarding.volunteers.entity.VolunteerState;
import org.maillage.platform.api.mail.Mail;
import org.maillage.platform.api.mail.Message;
import org.maillage.platform.api.settings.TenantSettings;
import org.maillage.platform.api.text.EmailAddress;

/**
 * The daily digest of the current cooperation's to-do list, queued in the platform's outbox ({@link Mail}, tag
 * {@value #TAG}) for the addresses of
 * the setting {@code onboarding.digest-recipients}. At most once a day: the day is recorded
 * ({@link DigestDay}, keyed by cooperation and day) in the same transaction as the messages, so that
 * of two instances queuing it at once one fails on the key and queues nothing.
 */
@ApplicationScoped
public class Digest {

    static final int OLDEST = 10;
    public static final String TAG = "DIGEST";
    private static final String TIME_ZONE = "maillage.tenant.time-zone";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    @Inject
    EntityManager em;

    @Inject
    TenantSettings settings;

    @Inject
    Volunteers volunteers;

    @Inject
    Mail mail;

    /** @return the day the digest is due today in the cooperation's time zone, or null when not due (no recipients, too early) */
    @Transactional
    public LocalDate dueDay(OffsetDateTime now) {
        if (recipients().isEmpty()) {
            return null;
        }
        var local = now.atZoneSameInstant(ZoneId.of(settings.value(TIME_ZONE).trim()));
        return local.getHour() >= settings.longValue(OnboardingSettings.DIGEST_HOUR.key()) ? local.toLocalDate() : null;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public boolean queued(LocalDate day) {
        return em.find(DigestDay.class, day) != null;
    }

    /** Records the day and queues one message per recipient, in one transaction; fails when the day is already recorded. */
    @Transactional(TxType.REQUIRES_NEW)
    public void queue(LocalDate day, OffsetDateTime now) {
        List<String> to = recipients();
        em.persist(new DigestDay(day, now, to.size()));
        em.flush();
        long staleDays = settings.longValue(OnboardingSettings.STALE_AFTER_DAYS.key());
        OffsetDateTime before = now.minusDays(staleDays);
        String where = " from Volunteer v where v.erasedAt is null and v.state in :states and v.stateChangedAt < :before";
        List<VolunteerState> states = List.of(VolunteerState.NEW, VolunteerState.CONTACTED);
        long late = em.createQuery("select count(v)" + where, Long.class)
                .setParameter("states", states).setParameter("before", before).getSingleResult();
        List<Volunteer> oldest = em.createQuery("select v" + where + " order by v.stateChangedAt, v.id", Volunteer.class)
                .setParameter("states", states).setParameter("before", before).setMaxResults(OLDEST).getResultList();
        String subject = "Accueil des bénévoles — " + day.format(DATE) + " : " + late + (late > 1 ? " bénévoles à relancer" : " bénévole à relancer");
        String body = body(day, staleDays, late, oldest, volunteers.countByState());
        for (String address : to) {
            mail.queue(Message.of(OnboardingSettings.ID, address, subject, body).withTags(TAG));
        }
    }

    static String body(LocalDate day, long staleDays, long late, List<Volunteer> oldest, Map<VolunteerState, Long> byState) {
        StringBuilder text = new StringBuilder("Bonjour,\n\nVoici le point du ").append(day.format(DATE))
                .append(" sur l’accueil des bénévoles de votre coopération.\n\n");
        text.append("À relancer (à l’étape « Nouveau » ou « Contacté » depuis plus de ").append(staleDays).append(" jours) : ")
                .append(late).append("\n");
        if (!oldest.isEmpty()) {
            text.append("\nLes plus anciens :\n");
            for (Volunteer v : oldest) {
                text.append("- ").append(name(v)).append(" — « ").append(v.state().label()).append(" » depuis le ")
                        .append(v.stateChangedAt().format(DATE))
                        .append(v.communeName() == null ? "" : " (" + v.communeName() + ")").append("\n");
            }
        }
        text.append("\nBénévoles par étape :\n");
        byState.forEach((state, count) -> text.append("- ").append(state.label()).append(" : ").append(count).append("\n"));
        text.append("\nCe résumé quotidien est envoyé aux adresses du paramètre « onboarding.digest-recipients » de la coopération.\n");
        return text.toString();
    }

    private static String name(Volunteer v) {
        String name = ((v.firstName() == null ? "" : v.firstName()) + " " + (v.lastName() == null ? "" : v.lastName())).trim();
        return name.isEmpty() ? v.email() : name;
    }

    /** @return the valid addresses of the setting; « aucun » or nothing valid means no digest */
    List<String> recipients() {
        List<String> to = new ArrayList<>();
        for (String part : settings.value(OnboardingSettings.DIGEST_RECIPIENTS.key()).split("[,;\\s]+")) {
            String address = EmailAddress.normalised(part);
            if (EmailAddress.problem(address).isEmpty() && !to.contains(address)) {
                to.add(address);
            }
        }
        return to;
    }
}
