package org.maillage.platform.settings.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.maillage.platform.api.settings.Setting;
import org.maillage.platform.api.settings.TenantSettings;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.settings.entity.TenantSetting;

/**
 * The current tenant's settings: its override, else the global value from MicroProfile Config,
 * else the declared default. Must be used inside a transaction (overrides are tenant data).
 */
@RequestScoped
public class EffectiveSettings implements TenantSettings {

    @Inject
    SettingsCatalog catalog;

    @Inject
    Config config;

    @Inject
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @Override
    public String value(String key) {
        Setting setting = declared(key);
        return override(key).map(TenantSetting::value).orElseGet(() -> globalValue(setting));
    }

    /** @return the value configuration gives, or the declared default */
    public String globalValue(Setting setting) {
        return config.getOptionalValue(setting.key(), String.class).orElse(setting.defaultValue());
    }

    public Optional<TenantSetting> override(String key) {
        return em.createQuery("select s from TenantSetting s where s.key = :key", TenantSetting.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    public List<TenantSetting> overrides() {
        return em.createQuery("select s from TenantSetting s order by s.key", TenantSetting.class).getResultList();
    }

    /** Stores the tenant's value, after checking that the setting may be overridden and that the value is valid. */
    public TenantSetting override(String key, String value) {
        Setting setting = declared(key);
        if (!setting.tenantOverridable()) {
            throw new ApiError(403, "Le paramètre « " + key + " » est global : il ne peut être modifié que dans la configuration de la plateforme.");
        }
        setting.problem(value).ifPresent(problem -> {
            throw ApiError.invalidField("value", problem);
        });
        String trimmed = value.trim();
        Optional<TenantSetting> existing = override(key);
        existing.ifPresent(s -> s.change(trimmed, OffsetDateTime.now(clock)));
        TenantSetting stored = existing.orElseGet(() -> {
            TenantSetting created = new TenantSetting(key, trimmed, OffsetDateTime.now(clock));
            em.persist(created);
            return created;
        });
        // now, not at commit: a concurrent change (@Version) or creation (unique key) is a 409 of this request
        em.flush();
        return stored;
    }

    /** @return whether the tenant had an override, now removed */
    public boolean removeOverride(String key) {
        declared(key);
        Optional<TenantSetting> existing = override(key);
        existing.ifPresent(em::remove);
        return existing.isPresent();
    }

    public Setting declared(String key) {
        return catalog.find(key)
                .orElseThrow(() -> new ApiError(404, "Aucun paramètre ne porte le nom « " + key + " »."));
    }
}
