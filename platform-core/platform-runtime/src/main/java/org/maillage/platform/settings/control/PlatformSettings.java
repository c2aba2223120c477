package org.maillage.platform.settings.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.maillage.platform.api.settings.Setting;
import org.maillage.platform.api.settings.SettingType;
import org.maillage.platform.http.boundary.BodySizeLimit;

/** The settings of the platform itself. */
@Dependent
public class PlatformSettings {

    /** Overseas cooperations live in other time zones than Paris (Guadeloupe, La Réunion...). */
    @Produces
    static final Setting TIME_ZONE = Setting.perTenant("maillage.tenant.time-zone", SettingType.TIME_ZONE, "Europe/Paris",
            "Fuseau horaire de la coopération (dates des rappels, des envois et des rapports)");

    /** How many items a list shows at once, in the API and the web UI. */
    @Produces
    static final Setting PAGE_SIZE = Setting.perTenant("maillage.tenant.page-size", SettingType.INTEGER, "50",
            "Nombre d’éléments par page dans les listes").between(10, 500);

    /** The largest request body the API accepts, in bytes; file uploads declare their own limit. */
    @Produces
    static final Setting MAX_BODY_BYTES = Setting.global("maillage.http.max-body-bytes", SettingType.INTEGER, BodySizeLimit.DEFAULT_MAX_BYTES,
            "Taille maximale du corps d’une requête JSON, en octets").between(1024, 104857600);
}
