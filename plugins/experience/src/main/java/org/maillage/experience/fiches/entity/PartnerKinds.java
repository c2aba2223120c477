package org.maillage.experience.fiches.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The kinds of partners a fiche names (the same words as the teams plugin's partners, kept apart: it may be absent). */
public final class PartnerKinds {

    public static final Map<String, String> LABELS = labels();

    private PartnerKinds() {
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("ccas", "CCAS");
        labels.put("ehpad", "EHPAD");
        labels.put("mairie", "Mairie");
        labels.put("association", "Association");
        labels.put("bailleur", "Bailleur social");
        labels.put("sante", "Professionnels de santé");
        labels.put("autre", "Autre");
        return Collections.unmodifiableMap(labels);
    }
}
