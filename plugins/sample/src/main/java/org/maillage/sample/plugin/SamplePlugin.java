package org.maillage.sample.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.maillage.platform.api.plugin.Indicator;
import org.maillage.platform.api.plugin.Plugin;
import org.maillage.platform.api.plugin.PluginDescriptor;
import org.maillage.platform.api.plugin.WebPage;
import org.maillage.platform.api.settings.Setting;
import org.maillage.platform.api.settings.SettingType;

/** The sample plugin's descriptor. */
@ApplicationScoped
public class SamplePlugin implements Plugin {

    public static final String ID = "sample";

    public static final Setting SIGNATURE = Setting.perTenant("sample.signature", SettingType.TEXT, "—",
            "Signature ajoutée à la fin de chaque note");
    public static final Setting MAX_LENGTH = Setting.perTenant("sample.max-length", SettingType.INTEGER, "500",
            "Longueur maximale d’une note, en caractères").between(10, 5000);

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "Exemple", "1.0.0")
                .withPlatformVersions("[0.1,1.0)")
                .withRoles("coordinator")
                .withSettings(SIGNATURE, MAX_LENGTH)
                .withPages(new WebPage("notes", "Notes", "notes.js", Set.of(), false))
                .withIndicators(new Indicator("sample.notes", "Notes écrites", "notes"));
    }
}
