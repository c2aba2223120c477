package org.maillage.platform.settings.boundary;

import org.maillage.platform.api.security.NetworkLevel;
import org.maillage.platform.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.maillage.platform.api.settings.Setting;
import org.maillage.platform.settings.control.EffectiveSettings;
import org.maillage.platform.settings.control.SettingsCatalog;
import org.maillage.platform.settings.entity.TenantSetting;

/** A cooperation's settings: effective values, and its overrides of the overridable ones. */
@Path("tenants/{tenant}/settings")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Paramètres", description = "Paramètres d’une coopération")
public class SettingsResource {

    @Inject
    SettingsCatalog catalog;

    @Inject
    EffectiveSettings settings;

    @GET
    @Operation(summary = "Lister les paramètres de la coopération et leur valeur effective")
    public List<SettingView> list() {
        Map<String, String> overrides = settings.overrides().stream()
                .collect(Collectors.toMap(TenantSetting::key, TenantSetting::value));
        return catalog.all().stream()
                .map(s -> view(s, overrides.get(s.key())))
                .toList();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "Lire un paramètre")
    public SettingView get(@PathParam("key") String key) {
        Setting setting = settings.declared(key);
        return view(setting, settings.override(key).map(TenantSetting::value).orElse(null));
    }

    @PUT
    @RolesAllowed({Roles.COORDINATOR, Roles.NETWORK_ADMIN})
    @NetworkLevel
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remplacer la valeur d’un paramètre pour la coopération")
    public SettingView override(@PathParam("key") String key, @Valid @NotNull(message = "le corps de la requête est obligatoire") SettingValue body) {
        TenantSetting stored = settings.override(key, body.value());
        return view(settings.declared(key), stored.value());
    }

    @DELETE
    @RolesAllowed({Roles.COORDINATOR, Roles.NETWORK_ADMIN})
    @NetworkLevel
    @Path("{key}")
    @Operation(summary = "Revenir à la valeur de la plateforme")
    public SettingView reset(@PathParam("key") String key) {
        settings.removeOverride(key);
        return view(settings.declared(key), null);
    }

    private SettingView view(Setting setting, String override) {
        return SettingView.of(setting, override != null ? override : settings.globalValue(setting), override != null);
    }
}
