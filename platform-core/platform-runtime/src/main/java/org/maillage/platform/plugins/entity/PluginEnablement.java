package org.maillage.platform.plugins.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.maillage.platform.api.tenant.TenantOwned;

/** A plugin a cooperation has enabled: its row exists while the plugin is enabled. */
@Entity
@Table(name = "platform_plugin_enablement")
@TenantOwned
public class PluginEnablement {

    @Id
    private String id;

    @Column(name = "plugin_id", nullable = false, updatable = false)
    private String pluginId;

    @Column(name = "enabled_at", nullable = false, updatable = false)
    private OffsetDateTime enabledAt;

    @Column(name = "enabled_by")
    private String enabledBy;

    protected PluginEnablement() {
    }

    public PluginEnablement(String pluginId, OffsetDateTime now, String by) {
        this.id = UUID.randomUUID().toString();
        this.pluginId = pluginId;
        this.enabledAt = now;
        this.enabledBy = by;
    }

    public String pluginId() {
        return pluginId;
    }

    public OffsetDateTime enabledAt() {
        return enabledAt;
    }

    public String enabledBy() {
        return enabledBy;
    }
}
