package org.example.thanks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/** One thank-you message to a volunteer. */
@Entity
@Table(name = "thanks_message")
@TenantOwned
public class ThankYou {

    @Id
    private String id;

    @Column(name = "volunteer_email", nullable = false)
    private String volunteerEmail;

    @Column(nullable = false)
    private String text;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    protected ThankYou() {
    }

    public ThankYou(String volunteerEmail, String text) {
        this.id = UUID.randomUUID().toString();
        this.volunteerEmail = volunteerEmail;
        this.text = text;
        this.sentAt = OffsetDateTime.now();
    }

    public String getId() {
        return id;
    }

    public String getVolunteerEmail() {
        return volunteerEmail;
    }

    public String getText() {
        return text;
    }
}
