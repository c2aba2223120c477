package org.maillage.demodata;

import java.util.ArrayList;
import java.util.List;

/** An organisation on JeVeuxAider (CCAS, association, EHPAD...): the structure_id and structure_nom columns. */
record Structure(long id, String nom) {

    private static final String[] KINDS = {
        "CCAS de %s", "Croix-Rouge française - Unité locale de %s", "Secours populaire français, comité de %s",
        "Les petits frères des Pauvres - %s", "Familles Rurales de %s", "Centre social de %s", "Mairie de %s",
        "EHPAD %s", "Association Lien et Partage, %s", "Restos du Cœur - %s"
    };
    private static final String[] EHPAD_NAMES = {
        "Les Tilleuls", "Les Glycines", "Résidence du Parc", "Les Hortensias", "La Roseraie", "Le Clos Fleuri",
        "Les Charmilles", "Saint-Joseph", "Les Jardins du Lac", "Résidence des Lilas", "Ker Anna", "Les Mimosas"
    };

    /** A pool of organisations of the territory, about one per 400 volunteers (at least five). */
    static List<Structure> pool(Territory territory, int volunteers, long seed) {
        Rng rng = new Rng(seed, "structures");
        int count = Math.max(5, volunteers / 400);
        List<Structure> pool = new ArrayList<>(count);
        long id = 200 + rng.nextInt(800);
        for (int i = 0; i < count; i++) {
            id += rng.between(1, 25);
            String commune = territory.pickByPopulation(rng).nom();
            String kind = rng.pick(KINDS);
            String nom = kind.startsWith("EHPAD")
                    ? "EHPAD " + rng.pick(EHPAD_NAMES) + ", " + commune
                    : String.format(kind, commune);
            pool.add(new Structure(id, nom));
        }
        return List.copyOf(pool);
    }

    static String ehpadName(Rng rng) {
        return rng.pick(EHPAD_NAMES);
    }
}
