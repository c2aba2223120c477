package org.maillage.onboarding.imports.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.maillage.onboarding.api.Row;
import org.maillage.onboarding.api.UnreadableFile;
import org.maillage.platform.api.text.Folding;

/**
 * The JeVeuxAider exports the import understands, recognised from their header line.
 *
 * <p>Column names are compared by their key ({@link #key(String)}): case, accents, spaces and hyphens
 * do not matter, so « Code postal », « code_postal » and « CODE-POSTAL » are one column, and a few
 * common other names are accepted (« E-mail », « courriel », « téléphone », « portable », « CP »); columns the
 * format does not use are ignored. The participations export is recognised by its {@code benevole_*}
 * columns; anything else is read as a profiles export, short ({@code id, prenom, email, code_postal})
 * or full (also {@code nom, phone, mobile, structure_id, structure_nom}). A required column missing
 * fails the import at once, naming it.
 */
public enum ExportFormat {

    PROFILES("export des profils JeVeuxAider",
            List.of("id", "prenom", "email", "code_postal"),
            List.of("nom", "phone", "mobile", "structure_id", "structure_nom")),

    PARTICIPATIONS("export des participations JeVeuxAider",
            List.of("statut", "benevole_prenom", "benevole_email", "benevole_code_postal"),
            List.of("id", "mission_id", "mission_nom", "profile_id", "benevole_nom", "benevole_mobile",
                    "benevole_date_anniversaire", "creneaux_benevole", "date_creation", "date_modification"));

    /** Other names of columns, met in exports re-typed or re-saved by hand. */
    private static final Map<String, String> ALIASES = Map.of(
            "e_mail", "email", "mail", "email", "courriel", "email",
            "benevole_e_mail", "benevole_email", "benevole_courriel", "benevole_email",
            "telephone", "phone", "portable", "mobile", "cp", "code_postal");

    private final String label;
    private final List<String> required;
    private final List<String> optional;

    ExportFormat(String label, List<String> required, List<String> optional) {
        this.label = label;
        this.required = required;
        this.optional = optional;
    }

    public String label() {
        return label;
    }

    public List<String> required() {
        return required;
    }

    /** The columns of a recognised file: where each known column is. */
    public record Columns(ExportFormat format, Map<String, Integer> positions, Map<String, String> headers) {

        /** @return the raw value of the column in the row, or null when the file has no such column */
        public String value(Row row, String column) {
            Integer position = positions.get(column);
            return position == null ? null : row.cell(position);
        }

        /** @return the column's name as written in the file, for messages */
        public String header(String column) {
            return headers.getOrDefault(column, column);
        }

        public boolean has(String column) {
            return positions.containsKey(column);
        }
    }

    /**
     * @return the format of the file and where its columns are
     * @throws UnreadableFile naming the missing required columns, or saying that no e-mail column was found
     */
    public static Columns recognise(Row header) {
        Map<String, Integer> positions = new HashMap<>();
        Map<String, String> headers = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String key = key(header.cell(i));
            key = ALIASES.getOrDefault(key, key);
            if (!key.isEmpty() && !positions.containsKey(key)) {
                positions.put(key, i);
                headers.put(key, header.cell(i).trim());
            }
        }
        boolean participations = positions.keySet().stream().anyMatch(k -> k.startsWith("benevole_"));
        ExportFormat format = participations ? PARTICIPATIONS : PROFILES;
        if (!participations && !positions.containsKey("email")) {
            throw new UnreadableFile("Format de fichier non reconnu : la première ligne doit nommer les colonnes d’un export "
                    + "JeVeuxAider, avec une colonne « email » (export des profils) ou « benevole_email » (export des "
                    + "participations). Colonnes trouvées : " + found(header) + ".");
        }
        List<String> missing = new ArrayList<>(format.required.stream().filter(c -> !positions.containsKey(c)).toList());
        if (!missing.isEmpty()) {
            throw new UnreadableFile((missing.size() == 1 ? "Colonne obligatoire absente : « " + missing.get(0) + " »"
                    : "Colonnes obligatoires absentes : " + missing.stream().map(c -> "« " + c + " »").collect(Collectors.joining(", ")))
                    + " (" + format.label + "). Colonnes trouvées : " + found(header) + ".");
        }
        Map<String, Integer> known = new HashMap<>();
        positions.forEach((key, position) -> {
            if (format.required.contains(key) || format.optional.contains(key)) {
                known.put(key, position);
            }
        });
        return new Columns(format, known, headers);
    }

    private static String found(Row header) {
        String names = header.cells().stream().map(String::trim).filter(s -> !s.isEmpty()).limit(20)
                .map(s -> "« " + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + " »").collect(Collectors.joining(", "));
        return names.isEmpty() ? "aucune" : names;
    }

    /** @return the key of a column name: lower case, no accents, words joined by {@code _}: « Code postal » → {@code code_postal} */
    public static String key(String name) {
        return Folding.joined(name, "_");
    }
}
