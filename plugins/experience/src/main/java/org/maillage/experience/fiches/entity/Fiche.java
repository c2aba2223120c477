package org.maillage.experience.fiches.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * A retour d'expérience of a cooperation, in any state. Its writer is named by login and address (personal
 * data: exported and anonymised as « ancien membre »); lists are stored as comma-separated words.
 */
@Entity
@Table(name = "experience_fiche")
@TenantOwned
public class Fiche {

    public static final String FORMER_MEMBER = "ancien membre";

    private static final Type FIGURES = new java.util.ArrayList<Figure>() { }.getClass().getGenericSuperclass();

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private FicheState state;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "themes", nullable = false)
    private String themes;

    @Column(name = "tags", nullable = false)
    private String tags;

    @Column(name = "communes", nullable = false)
    private String communes;

    @Column(name = "teams", nullable = false)
    private String teams;

    @Column(name = "partner_kinds", nullable = false)
    private String partnerKinds;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "results", nullable = false)
    private String results;

    @Column(name = "contact_role", nullable = false)
    private String contactRole;

    @Column(name = "author_login")
    private String authorLogin;

    @Column(name = "author_email")
    private String authorEmail;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "shared_at")
    private OffsetDateTime sharedAt;

    @Version
    private long version;

    protected Fiche() {
    }

    public Fiche(FicheContent content, String authorLogin, String authorEmail, String authorName, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.state = FicheState.DRAFT;
        this.authorLogin = authorLogin;
        this.authorEmail = authorEmail;
        this.authorName = authorName;
        this.createdAt = now;
        write(content, now);
    }

    public void write(FicheContent content, OffsetDateTime now) {
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.themes = String.join(",", content.themes());
        this.tags = String.join(",", content.tags());
        this.communes = String.join(",", content.communes());
        this.teams = String.join(",", content.teams());
        this.partnerKinds = String.join(",", content.partnerKinds());
        this.periodFrom = content.periodFrom();
        this.periodTo = content.periodTo();
        try (Jsonb jsonb = JsonbBuilder.create()) {
            this.results = jsonb.toJson(content.results());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        this.contactRole = content.contactRole();
        this.updatedAt = now;
    }

    /** Moves the fiche; a coordinator decides. @throws IllegalStateException when it is already there */
    public void moveTo(FicheState target, OffsetDateTime now) {
        if (target == state) {
            throw new IllegalStateException("La fiche est déjà à l’état « " + state.label() + " ».");
        }
        if (target == FicheState.NETWORK) {
            sharedAt = now;
        }
        state = target;
        updatedAt = now;
    }

    /** Erasure of its writer: the fiche stays, signed « ancien membre ». */
    public void forgetAuthor() {
        authorLogin = null;
        authorEmail = null;
        authorName = FORMER_MEMBER;
    }

    public boolean writtenBy(String login) {
        return login != null && login.equalsIgnoreCase(authorLogin);
    }

    public FicheContent content() {
        List<Figure> figures;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            figures = jsonb.fromJson(results, FIGURES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new FicheContent(title, summary, body, words(themes), words(tags), words(communes), words(teams),
                words(partnerKinds), periodFrom, periodTo, figures, contactRole);
    }

    public static List<String> words(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    public String resultsJson() {
        return results;
    }

    public String id() {
        return id;
    }

    public FicheState state() {
        return state;
    }

    public String title() {
        return title;
    }

    public String authorLogin() {
        return authorLogin;
    }

    public String authorEmail() {
        return authorEmail;
    }

    public String authorName() {
        return authorName;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public OffsetDateTime sharedAt() {
        return sharedAt;
    }

    public long version() {
        return version;
    }
}
