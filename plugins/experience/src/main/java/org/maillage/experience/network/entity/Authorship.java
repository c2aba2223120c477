package org.maillage.experience.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * Who of the cooperation wrote a part of an {@link Exchange} (the question or comment, or the answer): kept in
 * the writer's cooperation, behind the wall, so that the export and erasure of a person find what they wrote in
 * the network without their address ever being network data.
 */
@Entity
@Table(name = "experience_authorship")
@TenantOwned
public class Authorship {

    public static final String FORMER_MEMBER = "ancien membre";
    public static final String WRITING = "WRITING";
    public static final String ANSWER = "ANSWER";

    @Id
    private String id;

    @Column(name = "exchange_id", nullable = false, updatable = false)
    private String exchangeId;

    @Column(name = "part", nullable = false, updatable = false)
    private String part;

    @Column(name = "login")
    private String login;

    @Column(name = "email")
    private String email;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Authorship() {
    }

    public Authorship(String exchangeId, String part, String login, String email, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.exchangeId = exchangeId;
        this.part = part;
        this.login = login;
        this.email = email;
        this.createdAt = now;
    }

    public String exchangeId() {
        return exchangeId;
    }

    public String part() {
        return part;
    }
}
