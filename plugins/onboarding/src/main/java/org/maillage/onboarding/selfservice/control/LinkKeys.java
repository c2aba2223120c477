package org.maillage.onboarding.selfservice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.maillage.onboarding.selfservice.entity.LinkSecret;
import org.maillage.platform.api.tenant.TenantContext;

/**
 * The key that signs the current cooperation's links: derived from {@code maillage.onboarding.link-secret}
 * when configured (one secret for the platform, a different key per cooperation), else a random key
 * made once per cooperation and stored ({@link LinkSecret}), so that it survives restarts and every
 * instance shares it. Two instances making it at once: the primary key keeps the first, the other reads it.
 */
@ApplicationScoped
public class LinkKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Config config;

    @Inject
    EntityManager em;

    @Inject
    TenantContext tenant;

    @Inject
    LinkKeys self;

    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    public byte[] key() {
        String slug = tenant.slug();
        return keys.computeIfAbsent(slug, s -> config.getOptionalValue("maillage.onboarding.link-secret", String.class)
                .filter(c -> !c.isBlank())
                .map(secret -> LinkToken.derivedKey(secret, s))
                .orElseGet(this::stored));
    }

    private byte[] stored() {
        Optional<String> secret = self.read();
        if (secret.isEmpty()) {
            try {
                self.make();
            } catch (RuntimeException e) {
                // another instance made it at the same time: read theirs below
            }
            secret = self.read();
        }
        return Base64.getDecoder().decode(secret.orElseThrow(() -> new IllegalStateException("No key for the links of " + tenant.slug())));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<String> read() {
        return Optional.ofNullable(em.find(LinkSecret.class, LinkSecret.ID)).map(LinkSecret::secret);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void make() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        em.persist(new LinkSecret(Base64.getEncoder().encodeToString(bytes), OffsetDateTime.now(ZoneOffset.UTC)));
    }
}
