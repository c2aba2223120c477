package org.maillage.onboarding.campaigns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/** A volunteer a campaign reached; the link of their message names this row, so opening and answering are counted here. */
@Entity
@Table(name = "onboarding_campaign_recipient")
@TenantOwned
public class CampaignRecipient {

    @Id
    private String id;

    /** Concurrent edits of the row: the second to commit gets a 409. */
    @Version
    private long version;

    @Column(name = "campaign_id")
    private String campaignId;

    @Column(name = "volunteer_id")
    private String volunteerId;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    protected CampaignRecipient() {
    }

    public CampaignRecipient(String campaignId, String volunteerId) {
        this.id = UUID.randomUUID().toString();
        this.campaignId = campaignId;
        this.volunteerId = volunteerId;
    }

    /** The link was opened; only the first time counts. */
    public void opened(OffsetDateTime now) {
        if (openedAt == null) {
            openedAt = now;
        }
    }

    /** The person answered through the link (which means they opened it); only the first answer counts. */
    public void answered(OffsetDateTime now) {
        opened(now);
        if (answeredAt == null) {
            answeredAt = now;
        }
    }

    public String id() {
        return id;
    }

    public String campaignId() {
        return campaignId;
    }

    public String volunteerId() {
        return volunteerId;
    }
}
