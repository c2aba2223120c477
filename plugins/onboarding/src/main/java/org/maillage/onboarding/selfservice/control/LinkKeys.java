package org.maillage.onboarding.selfservice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.maillage.onboarding.selfservice.entity.LinkKey;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.tenant.TenantContext;

/**
 * The keys that sign a cooperation's links. Key {@code n} of a cooperation is derived from the platform's
 * secret ({@link LinkToken#derivedKey}); the database holds only which ids were made by a rotation and
 * which are revoked ({@link LinkKey}), never a key; key {@value #FIRST} needs no row. The secret is {@code maillage.onboarding.link-secret}, else the content of
 * the file {@code maillage.onboarding.link-secret-file} (the launcher makes one in its data folder), read at
 * each use; without either no link is made (503) and none is valid.
 */
@ApplicationScoped
public class LinkKeys {

    static final String SECRET = "maillage.onboarding.link-secret";
    static final String SECRET_FILE = "maillage.onboarding.link-secret-file";
    /** Every cooperation has this key from the start, without a row: the hot path of a send writes nothing. */
    static final int FIRST = 1;
    private static final Logger LOG = Logger.getLogger(LinkKeys.class.getName());

    @Inject
    Config config;

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenant;

    /** @return key {@code keyId} of the cooperation's links, without reading the database; empty without a platform secret */
    public Optional<byte[]> key(String slug, int keyId) {
        return secret().map(s -> LinkToken.derivedKey(s, slug, keyId));
    }

    private Optional<String> secret() {
        Optional<String> configured = config.getOptionalValue(SECRET, String.class).filter(s -> !s.isBlank());
        if (configured.isPresent()) {
            return configured;
        }
        return config.getOptionalValue(SECRET_FILE, String.class).filter(f -> !f.isBlank()).flatMap(file -> {
            try {
                return Optional.of(Files.readString(Path.of(file), StandardCharsets.UTF_8).strip()).filter(s -> s.length() >= 16);
            } catch (IOException | RuntimeException e) {
                LOG.warning(() -> "The secret of the self-service links cannot be read from " + SECRET_FILE + ": " + e.getClass().getSimpleName());
                return Optional.empty();
            }
        });
    }

    /**
     * @return the id and the key that sign the current cooperation's new links: its newest key not revoked (a rotation
     *         always makes one), key {@value #FIRST} until the first rotation; reads, never writes, so simultaneous sends do not race
     * @throws ApiError 503 when the platform has no secret
     */
    public Signer signer() {
        int id = em.createQuery("select k from LinkKey k where k.revokedAt is null", LinkKey.class).getResultStream()
                .mapToInt(LinkKey::id).max().orElse(FIRST);
        byte[] key = key(tenant.slug(), id).orElseThrow(() -> new ApiError(503,
                "Les liens personnels ne peuvent pas être créés : la plateforme n’a pas de secret pour les signer"
                        + " (paramètre maillage.onboarding.link-secret ou maillage.onboarding.link-secret-file, à demander à l’équipe qui l’exploite)."));
        return new Signer(id, key);
    }

    /** A key id and its key. */
    public record Signer(int keyId, byte[] key) {
    }

    /** @return whether the current cooperation's key {@code keyId} exists and is not revoked; joins the caller's transaction */
    public boolean usable(int keyId) {
        LinkKey row = em.find(LinkKey.class, keyId);
        return row == null ? keyId == FIRST : !row.revoked();
    }

    /**
     * Makes a new key for the current cooperation's new links; joins the caller's transaction. The links of
     * earlier keys stay valid until they expire, unless {@code revokePrevious}.
     *
     * @return the new key's id
     * @throws ApiError 409 when someone else made a new key at the same moment
     */
    public int rotate(boolean revokePrevious, OffsetDateTime now) {
        List<LinkKey> rows = em.createQuery("select k from LinkKey k", LinkKey.class).getResultList();
        int id = Math.max(FIRST, rows.stream().mapToInt(LinkKey::id).max().orElse(FIRST)) + 1;
        if (revokePrevious) {
            rows.forEach(k -> k.revoke(now));
            if (rows.stream().noneMatch(k -> k.id() == FIRST)) {
                LinkKey first = new LinkKey(FIRST, now);
                first.revoke(now);
                em.persist(first);
            }
        }
        em.persist(new LinkKey(id, now));
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new ApiError(409, "La clé des liens vient d’être changée par ailleurs : rechargez puis recommencez si besoin.");
        }
        return id;
    }
}
