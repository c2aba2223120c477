package org.maillage.teams.teams.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of structure a partner is. */
public enum PartnerKind {
    CCAS("CCAS"),
    EHPAD("EHPAD"),
    MAIRIE("Mairie"),
    ASSOCIATION("Association"),
    OTHER("Autre");

    private final String label;

    PartnerKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** @return the kind named {@code name} (its code, any case), or null */
    public static PartnerKind parse(String name) {
        if (name == null) {
            return null;
        }
        String code = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst().orElse(null);
    }

    public static String codes() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
