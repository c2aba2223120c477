package org.maillage.platform.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/** One cooperation's override of one setting. */
@Entity
@Table(name = "platform_tenant_setting")
@TenantOwned
public class TenantSetting {

    @Id
    private String id;

    @Column(name = "setting_key", nullable = false, updatable = false)
    private String key;

    @Column(name = "setting_value", nullable = false)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    /** Two coordinators changing the same setting at once: the second is refused (409), not silently lost. */
    @Version
    private long version;

    protected TenantSetting() {
    }

    public TenantSetting(String key, String value, OffsetDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.key = key;
        this.value = value;
        this.updatedAt = now;
    }

    public void change(String value, OffsetDateTime now) {
        this.value = value;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
