package org.maillage.experience.fiches.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The controlled list of themes a fiche is filed under (free words go to its tags). */
public final class Themes {

    public static final Map<String, String> LABELS = labels();

    private Themes() {
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("creer-equipe", "Créer une équipe citoyenne");
        labels.put("visites", "Visites et appels");
        labels.put("benevoles", "Mobiliser et garder les bénévoles");
        labels.put("ehpad", "Avec les EHPAD");
        labels.put("ccas", "Avec les CCAS et les mairies");
        labels.put("zones-blanches", "Zones blanches");
        labels.put("crise", "Crises : canicule, confinement");
        labels.put("numerique", "Numérique");
        labels.put("evenements", "Sorties et événements");
        labels.put("cooperation", "Faire vivre la coopération");
        return Collections.unmodifiableMap(labels);
    }

    public static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }
}
