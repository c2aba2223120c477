package org.maillage.onboarding.selfservice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.maillage.onboarding.selfservice.entity.LinkKey;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.tenant.TenantContext;

/**
 * The keys that sign a cooperation's links. Key {@code n} of a cooperation is derived from the platform's
 * secret ({@link LinkToken#derivedKey}); the database holds only which ids exist and which are revoked
 * ({@link LinkKey}), never a key. The secret is {@code maillage.onboarding.link-secret}, else the content of
 * the file {@code maillage.onboarding.link-secret-file} (the launcher makes one in its data folder), read at
 * each use; without either no link is made (503) and none is valid.
 */
@ApplicationScoped
public class LinkKeys {

    static final String SECRET = "maillage.onboarding.link-secret";
    static final String SECRET_FILE = "maillage.onboarding.link-secret-file";
    private static final Logger LOG = Logger.getLogger(LinkKeys.class.getName());

    @Inject
    Config config;

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    LinkKeys self;

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
     * @return the id and the key that sign the current cooperation's new links: its newest key not revoked, made on first use
     * @throws ApiError 503 when the platform has no secret
     */
    public Signer signer() {
        int id = self.newest().orElseGet(() -> {
            try {
                self.add(1);
            } catch (RuntimeException e) {
                // another request or instance made it at the same time: the primary key kept theirs
            }
            return self.newest().orElseThrow(() -> new IllegalStateException("No key for the links of " + tenant.slug()));
        });
        byte[] key = key(tenant.slug(), id).orElseThrow(() -> new ApiError(503,
                "Les liens personnels ne peuvent pas être créés : la plateforme n'a pas de secret pour les signer"
                        + " (paramètre maillage.onboarding.link-secret ou maillage.onboarding.link-secret-file, à demander à l'équipe qui l'exploite)."));
        return new Signer(id, key);
    }

    /** A key id and its key. */
    public record Signer(int keyId, byte[] key) {
    }

    /** @return whether the current cooperation's key {@code keyId} exists and is not revoked; joins the caller's transaction */
    public boolean usable(int keyId) {
        LinkKey key = em.find(LinkKey.class, keyId);
        return key != null && !key.revoked();
    }

    /**
     * Makes a new key for the current cooperation's new links; joins the caller's transaction. The links of
     * earlier keys stay valid until they expire, unless {@code revokePrevious}.
     *
     * @return the new key's id
     */
    public int rotate(boolean revokePrevious, OffsetDateTime now) {
        Integer highest = em.createQuery("select max(k.id) from LinkKey k", Integer.class).getSingleResult();
        int id = highest == null ? 1 : highest + 1;
        if (revokePrevious) {
            em.createQuery("select k from LinkKey k where k.id < :id", LinkKey.class).setParameter("id", id)
                    .getResultList().forEach(k -> k.revoke(now));
        }
        em.persist(new LinkKey(id, now));
        em.flush();
        return id;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Integer> newest() {
        return Optional.ofNullable(em.createQuery("select max(k.id) from LinkKey k where k.revokedAt is null", Integer.class).getSingleResult());
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void add(int id) {
        em.persist(new LinkKey(id, OffsetDateTime.now(ZoneOffset.UTC)));
    }
}
