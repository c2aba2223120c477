package org.maillage.onboarding.volunteers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.maillage.platform.api.tenant.TenantOwned;

/**
 * A person who had their data erased, remembered by a SHA-256 digest of their normalised e-mail
 * address only, so that a later import of a JeVeuxAider export does not bring them back.
 * The digest cannot be read back into the address; it is checked against the addresses of the rows imported.
 */
@Entity
@Table(name = "onboarding_erased_person")
@TenantOwned
public class ErasedPerson {

    @Id
    @Column(name = "email_digest")
    private String emailDigest;

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    protected ErasedPerson() {
    }

    public ErasedPerson(String normalisedEmail, OffsetDateTime erasedAt) {
        this.emailDigest = digest(normalisedEmail);
        this.erasedAt = erasedAt;
    }

    /** @return the hexadecimal SHA-256 of the normalised address */
    public static String digest(String normalisedEmail) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalisedEmail.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String emailDigest() {
        return emailDigest;
    }
}
