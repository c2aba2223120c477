package org.maillage.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Postcodes are real ones of the chosen départements; communes are drawn in proportion to their population. */
class TerritoryTest {

    @TempDir
    Path dir;

    @Test
    void postcodesAreRealAndOfTheChosenDepartements() throws Exception {
        Path file = dir.resolve("p.csv");
        Fixtures.generate(file, "--departements", "56,35", "--count", "35k", "--seed", "3");
        Map<String, Set<String>> communesByPostcode = Fixtures.communesByPostcode();
        Map<String, String> departements = Fixtures.departementByCommune();
        Map<String, Integer> byDepartement = new HashMap<>();
        List<List<String>> records = Fixtures.parseCsv(Files.readString(file), ',');
        for (List<String> record : records.subList(1, records.size())) {
            String postcode = record.get(3);
            Set<String> communes = communesByPostcode.get(postcode);
            assertTrue(communes != null, "postcode " + postcode + " is not in postcodes.tsv");
            String departement = communes.stream().map(departements::get)
                    .filter(d -> d.equals("56") || d.equals("35")).findFirst()
                    .orElseThrow(() -> new AssertionError(postcode + " serves no commune of 56 or 35"));
            byDepartement.merge(departement, 1, Integer::sum);
        }
        // Ille-et-Vilaine has 1.12 M inhabitants, Morbihan 0.78 M: about 59% / 41%.
        double share35 = byDepartement.get("35") / 35_000.0;
        assertTrue(share35 > 0.55 && share35 < 0.63, "share of 35: " + share35);
    }

    @Test
    void communesAreDrawnInProportionToTheirPopulation() {
        Territory morbihan = Fixtures.territory(List.of("56"));
        PersonGenerator people = new PersonGenerator(morbihan, Fixtures.NAMES, new SignupCalendar(), 42, 35_000);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 35_000; i++) {
            counts.merge(people.next().communeCode(), 1, Integer::sum);
        }
        double perInhabitant = 35_000.0 / morbihan.population();
        int vannes = counts.getOrDefault("56260", 0);
        int lorient = counts.getOrDefault("56121", 0);
        int hoedic = counts.getOrDefault("56085", 0);          // 104 inhabitants
        int trehorenteuc = counts.getOrDefault("56256", 0);    // 111 inhabitants
        assertEquals(55_790 * perInhabitant, vannes, 55_790 * perInhabitant * 0.12, "Vannes");
        assertEquals(58_329 * perInhabitant, lorient, 58_329 * perInhabitant * 0.12, "Lorient");
        assertTrue(hoedic < 20 && trehorenteuc < 20, "villages: " + hoedic + ", " + trehorenteuc);
        assertTrue(vannes > 50 * Math.max(1, hoedic) && lorient > 50 * Math.max(1, trehorenteuc));
    }

    @Test
    void unknownDepartementIsNamed() {
        UsageException e = assertThrows(UsageException.class,
                () -> Territory.load(TerritorySource.classpath(), List.of("56", "999")));
        assertTrue(e.getMessage().contains("'999'"), e.getMessage());
    }

    @Test
    void departementWithoutPlaceableCommunesIsRefused() {
        UsageException e = assertThrows(UsageException.class,
                () -> Territory.load(TerritorySource.classpath(), List.of("984")));
        assertTrue(e.getMessage().contains("984"), e.getMessage());
    }

    /** From the module folder (surefire's working directory) the repository's folder is found too. */
    @Test
    void repositoryFolderGivesTheSameTerritoryAsTheClasspath() throws Exception {
        Path folder = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null && folder == null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(TerritorySource.REPOSITORY_FOLDER).resolve("communes.tsv"))) {
                folder = p.resolve(TerritorySource.REPOSITORY_FOLDER);
            }
        }
        assertFalse(folder == null, "repository folder not found above " + Path.of("").toAbsolutePath());
        Territory fromFolder = Territory.load(TerritorySource.directory(folder), List.of("56", "2A"));
        Territory fromClasspath = Territory.load(TerritorySource.classpath(), List.of("56", "2A"));
        assertEquals(fromClasspath.communes(), fromFolder.communes());
        assertEquals(fromClasspath.ambiguousPostcodes(), fromFolder.ambiguousPostcodes());
    }
}
