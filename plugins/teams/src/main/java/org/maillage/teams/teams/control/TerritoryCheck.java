package org.maillage.teams.teams.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.territory.CommuneRef;
import org.maillage.platform.api.territory.Territory;

/** Checks that commune codes belong to the cooperation's territory; read once per request. */
@RequestScoped
public class TerritoryCheck {

    @Inject
    Territory territory;

    private Map<String, CommuneRef> communes;

    /** @return the cooperation's communes by INSEE code */
    public Map<String, CommuneRef> communes() {
        if (communes == null) {
            communes = new LinkedHashMap<>();
            territory.communesOfTenant().forEach(c -> communes.put(c.code(), c));
        }
        return communes;
    }

    /**
     * @return the code, upper case, when it is a commune of the cooperation
     * @throws ApiError 400 naming the field otherwise
     */
    public String commune(String field, String code) {
        String insee = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!communes().containsKey(insee)) {
            throw ApiError.invalidField(field, "« " + (code == null ? "" : code.trim())
                    + " » n’est pas le code INSEE d’une commune du territoire de la coopération (exemple : 56260)");
        }
        return insee;
    }

    /** @return the codes, checked, without duplicates, in the order given */
    public List<String> communes(String field, List<String> codes) {
        LinkedHashSet<String> checked = new LinkedHashSet<>();
        codes.forEach(code -> checked.add(commune(field, code)));
        return new ArrayList<>(checked);
    }

    public String name(String code) {
        CommuneRef commune = code == null ? null : communes().get(code);
        return commune == null ? code : commune.nom();
    }
}
