package org.maillage.onboarding.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.maillage.platform.api.tenant.TenantOwned;

/** A day the cooperation's digest was queued; its key (cooperation, day) makes it once a day. */
@Entity
@Table(name = "onboarding_digest_day")
@TenantOwned
public class DigestDay {

    @Id
    @Column(name = "digest_day")
    private LocalDate day;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    private int recipients;

    protected DigestDay() {
    }

    public DigestDay(LocalDate day, OffsetDateTime sentAt, int recipients) {
        this.day = day;
        this.sentAt = sentAt;
        this.recipients = recipients;
    }

    public LocalDate day() {
        return day;
    }
}
