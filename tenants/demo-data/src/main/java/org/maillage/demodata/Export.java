package org.maillage.demodata;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The JeVeuxAider exports, with their columns exactly as in its code (see /work/shared/DOMAIN.md):
 * a referent's profiles export, short or full, and the participations export. Dates are written as
 * Laravel serialises them: {@code Y-m-d H:i:s}, birth dates {@code Y-m-d}.
 */
enum Export {

    PROFILES_SHORT("profiles", List.of("id", "prenom", "email", "code_postal"), 3),
    PROFILES_FULL("profiles", List.of("id", "prenom", "nom", "email", "code_postal", "phone", "mobile", "structure_id",
            "structure_nom"), 5),
    PARTICIPATIONS("participations", List.of("id", "statut", "mission_id", "mission_nom", "mission_date_debut",
            "mission_date_fin", "profile_id", "benevole_prenom", "benevole_nom", "benevole_mobile", "benevole_email",
            "benevole_code_postal", "benevole_date_anniversaire", "créneaux_bénévole", "date_creation",
            "date_modification"), 12);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private final String label;
    private final List<String> columns;
    private final int minimumKept;
    private final boolean[] numeric;

    Export(String label, List<String> columns, int minimumKept) {
        this.label = label;
        this.columns = columns;
        this.minimumKept = minimumKept;
        this.numeric = new boolean[columns.size()];
        for (int i = 0; i < numeric.length; i++) {
            numeric[i] = columns.get(i).equals("id") || columns.get(i).endsWith("_id");
        }
    }

    /** "profiles" or "participations". */
    String label() {
        return label;
    }

    List<String> columns() {
        return columns;
    }

    /** Which columns hold numbers (ids): numeric cells in XLSX. */
    boolean[] numeric() {
        return numeric.clone();
    }

    /** The fewest cells a truncated dirty row keeps: always up to the e-mail and the postcode. */
    int minimumKept() {
        return minimumKept;
    }

    /** Column index of a field about the person, or -1: prenom, nom, email, code_postal. */
    int column(String field) {
        String name = this == PARTICIPATIONS ? "benevole_" + field : field;
        return columns.indexOf(name);
    }

    boolean participations() {
        return this == PARTICIPATIONS;
    }

    String[] cells(long profileId, Person person, Participation participation) {
        return switch (this) {
            case PROFILES_SHORT -> new String[] {
                Long.toString(profileId), person.prenom(), person.email(), person.postcode()};
            case PROFILES_FULL -> new String[] {
                Long.toString(profileId), person.prenom(), person.nom(), person.email(), person.postcode(),
                person.phone(), person.mobile(),
                person.structure() == null ? "" : Long.toString(person.structure().id()),
                person.structure() == null ? "" : person.structure().nom()};
            case PARTICIPATIONS -> {
                Mission mission = participation.mission();
                yield new String[] {
                    Long.toString(participation.id()), participation.statut(), Long.toString(mission.id()),
                    mission.nom(), DATE_TIME.format(mission.start().atStartOfDay()),
                    mission.end() == null ? "" : DATE_TIME.format(mission.end().atStartOfDay()),
                    Long.toString(profileId), person.prenom(), person.nom(), person.mobile(), person.email(),
                    person.postcode(), DATE.format(person.birthDate()), participation.slots(),
                    DATE_TIME.format(participation.created()), DATE_TIME.format(participation.modified())};
            }
        };
    }
}
