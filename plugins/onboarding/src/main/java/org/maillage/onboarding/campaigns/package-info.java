/**
 * Campaigns: a message to a selection of volunteers, each with their personal self-service link.
 *
 * <p>Requirements: a coordinator writes a subject and a body in French with placeholders, picks the
 * volunteers as in the volunteers list (the same {@link org.maillage.onboarding.volunteers.control.VolunteerFilter}:
 * {@code q}, {@code state}, {@code commune}), sees how many it reaches before sending, sends, and then
 * follows recipients, sent, failed, links opened, answers. Nobody who unsubscribed gets a message.
 *
 * <p>Decisions:
 * <ul>
 * <li>A campaign is created as a draft (with the count at that time, {@code dryRun} only counts) and
 * sent exactly once: sending first claims the campaign with a conditional update
 * ({@code update … set sent_at = … where id = ? and sent_at is null}); of simultaneous sends one gets the
 * row, the others wait for its lock, find it sent and answer 409. It then walks the selection by chunks
 * and queues one rendered message per volunteer in the platform's outbox ({@code Mail}, the campaign as reference), in the request's
 * transaction: all or nothing. Campaigns and recipients carry a {@code @Version}: concurrent edits of a
 * row give a 409.</li>
 * <li>One {@link org.maillage.onboarding.campaigns.entity.CampaignRecipient} per volunteer reached;
 * its id is in the link, so opening and answering are counted per campaign without tracking pixels.</li>
 * <li>Placeholders {@code {prénom}}, {@code {nom}}, {@code {lien}}, {@code {désinscription}}; an unknown
 * one is refused (400) rather than sent as is; the link and the unsubscribe link are added when the
 * body does not place them. Plain text only.</li>
 * <li>The bulk action « message » of the volunteers list is this API with the list's filter.</li>
 * </ul>
 */
package org.maillage.onboarding.campaigns;
