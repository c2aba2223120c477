package org.maillage.onboarding.campaigns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maillage.onboarding.campaigns.entity.Campaign;
import org.maillage.onboarding.campaigns.entity.CampaignRecipient;
import org.maillage.onboarding.selfservice.control.Links;
import org.maillage.onboarding.settings.OnboardingSettings;
import org.maillage.onboarding.volunteers.control.VolunteerFilter;
import org.maillage.onboarding.volunteers.control.Volunteers;
import org.maillage.onboarding.volunteers.entity.Volunteer;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.mail.Mail;
import org.maillage.platform.api.mail.MailState;
import org.maillage.platform.api.mail.Message;

/** The campaigns of the current cooperation: drafting, counting, sending through the outbox, statistics. Joins the caller's transaction. */
@ApplicationScoped
public class Campaigns {

    private static final int CHUNK = 500;
    /** The tag of a campaign's messages in the platform's outbox; their reference is the campaign. */
    public static final String CAMPAIGN = "CAMPAIGN";

    @Inject
    EntityManager em;

    @Inject
    Volunteers volunteers;

    @Inject
    Mail mail;

    @Inject
    Links links;

    /** The figures of a campaign. */
    public record Stats(long recipients, long pending, long sent, long failed, long opened, long answered) {
    }

    /** What a campaign says and to whom, as typed. */
    public record Draft(String subject, String body, String q, String state, String commune) {
    }

    /** @return the selection of the draft, checked (400 naming the field when a part is wrong) */
    public static VolunteerFilter filter(Draft draft) {
        return VolunteerFilter.of(draft.q(), draft.state(), draft.commune());
    }

    /** @return how many volunteers a campaign to this selection reaches now */
    public long count(VolunteerFilter filter) {
        return volunteers.countReachable(filter);
    }

    /** @throws ApiError 400 naming the field when the subject or the body is missing, too long or has an unknown placeholder */
    public Campaign create(Draft draft, String by) {
        String subject = text("subject", draft.subject(), Campaign.SUBJECT_MAX);
        String body = text("body", draft.body(), Campaign.BODY_MAX);
        VolunteerFilter filter = filter(draft);
        Campaign campaign = new Campaign(subject, body, blankToNull(draft.q()), blankToNull(draft.state()), blankToNull(draft.commune()),
                count(filter), by, OffsetDateTime.now(ZoneOffset.UTC));
        em.persist(campaign);
        return campaign;
    }

    public Campaign find(String id) {
        return Optional.ofNullable(em.find(Campaign.class, id))
                .orElseThrow(() -> new ApiError(404, "Aucune campagne n’a l’identifiant « " + id + " » dans cette coopération."));
    }

    public List<Campaign> list(int max) {
        return em.createQuery("select c from Campaign c order by c.createdAt desc, c.id", Campaign.class).setMaxResults(max).getResultList();
    }

    /**
     * Queues one message per volunteer the selection reaches now (with an address, not unsubscribed),
     * each with its own link. Of simultaneous sends of the campaign, one queues the messages, the others get a 409.
     *
     * @throws ApiError 409 when the campaign was already sent, 503 when links cannot be signed
     */
    public Campaign send(String id, String by) {
        Campaign campaign = find(id);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Links.Issuer issuer = links.issuer(now.toInstant());
        if (campaign.isSent() || claim(id, by, now) == 0) {
            em.refresh(campaign);
            throw new ApiError(409, "Cette campagne a déjà été envoyée le " + campaign.sentAt().toLocalDate() + " : créez-en une nouvelle.");
        }
        VolunteerFilter filter = VolunteerFilter.of(campaign.filterQ(), campaign.filterState(), campaign.filterCommune());
        long reached = 0;
        String after = "";
        while (true) {
            List<String> ids = volunteers.reachableIds(filter, after, CHUNK);
            if (ids.isEmpty()) {
                break;
            }
            for (Volunteer volunteer : volunteers.withIds(ids)) {
                CampaignRecipient recipient = new CampaignRecipient(campaign.id(), volunteer.id());
                em.persist(recipient);
                String token = issuer.issue(volunteer, recipient.id());
                MessageTemplate.Values values = new MessageTemplate.Values(volunteer.firstName(), volunteer.lastName(),
                        links.pageUrl(token), links.unsubscribePageUrl(token));
                mail.queue(Message.of(OnboardingSettings.ID, volunteer.email(),
                                MessageTemplate.subject(campaign.subject(), values), MessageTemplate.body(campaign.body(), values))
                        .withReference(campaign.id()).withTags(CAMPAIGN).withUnsubscribeUrl(values.unsubscribeLink()));
                reached++;
            }
            after = ids.get(ids.size() - 1);
            em.flush();
            em.clear();
        }
        campaign = find(id);
        em.refresh(campaign);
        campaign.sent(reached, by, now);
        return campaign;
    }

    /**
     * Marks the campaign sent in one conditional update: of simultaneous sends, only the first gets the row
     * (the others wait for its lock, then find it sent and change nothing).
     *
     * @return 1 when this call claimed the campaign, 0 when it was already sent
     */
    private int claim(String id, String by, OffsetDateTime now) {
        return em.createQuery("update Campaign c set c.sentAt = :now, c.sentBy = :by, c.version = c.version + 1"
                        + " where c.id = :id and c.sentAt is null")
                .setParameter("now", now)
                .setParameter("by", by)
                .setParameter("id", id)
                .executeUpdate();
    }

    public Stats stats(Campaign campaign) {
        Map<MailState, Long> messages = mail.countByState(OnboardingSettings.ID, campaign.id());
        Object[] counts = em.createQuery("select count(r), count(r.openedAt), count(r.answeredAt) from CampaignRecipient r"
                        + " where r.campaignId = :id", Object[].class)
                .setParameter("id", campaign.id())
                .getSingleResult();
        long recipients = campaign.isSent() ? ((Number) counts[0]).longValue() : campaign.recipients();
        return new Stats(recipients, messages.get(MailState.PENDING), messages.get(MailState.SENT), messages.get(MailState.FAILED),
                ((Number) counts[1]).longValue(), ((Number) counts[2]).longValue());
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiError.invalidField(field, "est obligatoire");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw ApiError.invalidField(field, "ne doit pas dépasser " + max + " caractères");
        }
        List<String> unknown = MessageTemplate.unknown(trimmed);
        if (!unknown.isEmpty()) {
            throw ApiError.invalidField(field, "contient des champs inconnus : " + String.join(", ", unknown)
                    + " ; champs possibles : {prénom}, {nom}, {lien}, {désinscription}");
        }
        return trimmed;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
