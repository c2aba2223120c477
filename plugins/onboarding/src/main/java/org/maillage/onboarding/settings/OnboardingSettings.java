package org.maillage.onboarding.settings;

import org.maillage.platform.api.settings.Setting;
import org.maillage.platform.api.settings.SettingType;

/** The plugin's id and settings, read across the plugin; the descriptor ({@code OnboardingPlugin}) declares them. */
public final class OnboardingSettings {

    public static final String ID = "onboarding";

    /** After how many days in the same state a volunteer is late (the coordinator's to-do list). */
    public static final Setting STALE_AFTER_DAYS = Setting.perTenant("onboarding.stale-after-days", SettingType.INTEGER, "7",
            "Nombre de jours sans changement après lequel un bénévole est à relancer").between(1, 90);

    /** The largest file an import accepts, in megabytes; the same for every cooperation (it protects the server). */
    public static final Setting MAX_UPLOAD_MB = Setting.global("onboarding.max-upload-mb", SettingType.INTEGER, "50",
            "Taille maximale d’un fichier importé, en mégaoctets").between(1, 500);

    /** After how many days without activity a volunteer is flagged for anonymisation (RGPD storage limitation). */
    public static final Setting INACTIVE_AFTER_DAYS = Setting.perTenant("onboarding.inactive-after-days", SettingType.INTEGER, "1095",
            "Nombre de jours sans activité après lequel un bénévole est signalé comme inactif, avant l’anonymisation de ses données")
            .between(180, 3650);

    /** How many days after the flag an inactive volunteer is anonymised. */
    public static final Setting ERASE_AFTER_FLAG_DAYS = Setting.perTenant("onboarding.erase-after-flag-days", SettingType.INTEGER, "30",
            "Nombre de jours entre le signalement d’un bénévole inactif et l’anonymisation de ses données").between(7, 365);

    /** How long a self-service link works, in days. */
    public static final Setting LINK_VALID_DAYS = Setting.perTenant("onboarding.link-valid-days", SettingType.INTEGER, "30",
            "Nombre de jours pendant lesquels le lien personnel d’un bénévole fonctionne").between(1, 365);

    /** Who receives the daily digest of the to-do list. */
    public static final Setting DIGEST_RECIPIENTS = Setting.perTenant("onboarding.digest-recipients", SettingType.TEXT, "aucun",
            "Adresses e-mail des coordinateurs qui reçoivent le résumé quotidien des bénévoles à relancer, séparées par des virgules (« aucun » : pas de résumé)");

    /** From what hour of the day (the cooperation's time zone) the digest is sent. */
    public static final Setting DIGEST_HOUR = Setting.perTenant("onboarding.digest-hour", SettingType.INTEGER, "7",
            "Heure à partir de laquelle le résumé quotidien est envoyé (0 à 23, heure de la coopération)").between(0, 23);

    private OnboardingSettings() {
    }
}
