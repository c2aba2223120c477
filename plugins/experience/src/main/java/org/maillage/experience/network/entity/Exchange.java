package org.maillage.experience.network.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A question or a comment of a cooperation on another's shared fiche, with the author cooperation's answer.
 * Signed with the writer's name (« ancien membre » once erased); their address stays in their cooperation
 * ({@link Authorship}).
 */
@Entity
@Table(name = "experience_exchange")
public class Exchange {

    @Id
    private String id;

    @Column(name = "fiche_id", nullable = false, updatable = false)
    private String ficheId;

    @Column(name = "fiche_cooperation", nullable = false, updatable = false)
    private String ficheCooperation;

    @Column(name = "cooperation", nullable = false, updatable = false)
    private String cooperation;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ExchangeKind kind;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "answer")
    private String answer;

    @Column(name = "answer_author_name")
    private String answerAuthorName;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Version
    private long version;

    protected Exchange() {
    }

    public Exchange(SharedFiche fiche, String cooperation, ExchangeKind kind, String text,
                    String authorName, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.ficheId = fiche.id();
        this.ficheCooperation = fiche.cooperation();
        this.cooperation = cooperation;
        this.kind = kind;
        this.text = text;
        this.authorName = authorName;
        this.createdAt = now;
    }

    /** @throws IllegalStateException for a comment */
    public void answer(String text, String authorName, OffsetDateTime now) {
        if (kind != ExchangeKind.QUESTION) {
            throw new IllegalStateException("Seules les questions appellent une réponse.");
        }
        this.answer = text;
        this.answerAuthorName = authorName;
        this.answeredAt = now;
    }

    public void forgetAuthor(String part) {
        if (Authorship.ANSWER.equals(part)) {
            answerAuthorName = Authorship.FORMER_MEMBER;
        } else {
            authorName = Authorship.FORMER_MEMBER;
        }
    }

    public String id() {
        return id;
    }

    public String ficheId() {
        return ficheId;
    }

    public String ficheCooperation() {
        return ficheCooperation;
    }

    public String cooperation() {
        return cooperation;
    }

    public ExchangeKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public String authorName() {
        return authorName;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String answer() {
        return answer;
    }

    public String answerAuthorName() {
        return answerAuthorName;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public long version() {
        return version;
    }
}
