package org.maillage.onboarding.campaigns.boundary;

import java.time.OffsetDateTime;
import org.maillage.onboarding.campaigns.control.Campaigns.Stats;
import org.maillage.onboarding.campaigns.entity.Campaign;

/** A campaign as the API shows it, with its figures. */
public record CampaignView(String id, String subject, String body, Filter filter, boolean sent, String createdBy,
                           OffsetDateTime createdAt, String sentBy, OffsetDateTime sentAt, Stats stats) {

    /** The selection, spelt like the volunteers list's query parameters. */
    public record Filter(String q, String state, String commune) {
    }

    static CampaignView of(Campaign c, Stats stats) {
        return new CampaignView(c.id(), c.subject(), c.body(), new Filter(c.filterQ(), c.filterState(), c.filterCommune()),
                c.isSent(), c.createdBy(), c.createdAt(), c.sentBy(), c.sentAt(), stats);
    }
}
