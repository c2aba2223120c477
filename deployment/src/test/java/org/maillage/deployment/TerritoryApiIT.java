package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Collator;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.platform.persistence.control.Database;
import org.maillage.platform.territory.control.TerritoryLoad;
import org.maillage.platform.territory.control.TerritoryLoader;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.Tokens;

/**
 * The territory: its API over HTTP against the deployed platform (methods marked {@code @RunAsClient}),
 * and its loading inside the platform (the two others), in one deployment.
 * Expected figures are computed from the shipped {@code communes.tsv}, not copied here.
 */
@ExtendWith(ArquillianExtension.class)
class TerritoryApiIT {

    private static final String SAINT_MALO = "35288";

    @ArquillianResource
    URL base;

    @Inject
    TerritoryLoader loader;

    @Inject
    Database database;

    private Api api() {
        return Api.at(base).as(Tokens.networkAdmin());
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonArray search(String query) {
        Reply reply = api().get("/api/territory/communes?q=" + encoded(query));
        assertEquals(200, reply.status(), query + " → " + reply);
        return reply.array();
    }

    private static List<String> codes(JsonArray communes) {
        return communes.stream().map(c -> c.asJsonObject().getString("code")).toList();
    }

    private static List<String> strings(JsonArray values) {
        return values.getValuesAs(JsonString::getString);
    }

    @Test
    @RunAsClient
    void findsSaintMaloHoweverItIsTyped() {
        for (String query : List.of("st malo", "SAINT-MALO", "saint malo", "Saint-Malo", "St-Malo", "saint malô", "saintmalo", "35400",
                "saint malo 35400")) {
            assertEquals(SAINT_MALO, codes(search(query)).get(0), query);
        }
        JsonObject saintMalo = search("st malo").getJsonObject(0);
        assertEquals("Saint-Malo", saintMalo.getString("nom"));
        assertEquals("35", saintMalo.getString("departement"));
        assertEquals("243500782", saintMalo.getJsonObject("epci").getString("code"));
        assertTrue(saintMalo.getJsonObject("epci").getString("nom").contains("Saint Malo"), saintMalo.toString());
        assertEquals(population(SAINT_MALO), saintMalo.getInt("population"));
        assertEquals(List.of("35400"), strings(saintMalo.getJsonArray("codesPostaux")));
    }

    @Test
    @RunAsClient
    void ranksTheExactNameFirstThenTheMostPopulated() {
        JsonArray found = search("saint malo");
        assertEquals(SAINT_MALO, codes(found).get(0));
        assertTrue(found.size() > 3, found.toString());
        for (int i = 2; i < found.size(); i++) {
            assertTrue(found.getJsonObject(i - 1).getInt("population") >= found.getJsonObject(i).getInt("population"), found.toString());
        }
        assertEquals("56260", codes(search("vannes")).get(0), "Vannes before Vannes-le-Châtel and Vannes-sur-Cosson");
        assertEquals(SAINT_MALO, codes(search("malo")).get(0), "any word of the name, the most populated first");
        assertEquals(SAINT_MALO, codes(search("sai mal")).get(0), "the beginning of each word");
        assertFalse(codes(search("alo")).contains(SAINT_MALO), "a word must start with what is typed");
        assertTrue(codes(api().get("/api/territory/communes?q=ste&departement=55&limit=100").array()).contains("55502"),
                "Ste also finds Stenay");
    }

    @Test
    @RunAsClient
    void ignoresAccentsApostrophesAndLigatures() {
        for (String query : List.of("l'hay les roses", "L HAY-LES-ROSES", "lhay", "haÿ roses", "L’Haÿ")) {
            assertEquals("94038", codes(search(query)).get(0), query);
        }
        List<String> oeuilly = codes(search("oeuilly"));
        assertTrue(oeuilly.contains("02565"), oeuilly.toString());
        assertEquals(oeuilly, codes(search("Œuilly")));
        assertEquals("29083", codes(search("ile de sein")).get(0));
    }

    @Test
    @RunAsClient
    void filtersByDepartementAndLimits() {
        JsonArray inMorbihan = api().get("/api/territory/communes?q=saint&departement=56&limit=7").array();
        assertEquals(7, inMorbihan.size());
        assertTrue(inMorbihan.stream().allMatch(c -> c.asJsonObject().getString("departement").equals("56")), inMorbihan.toString());
        assertEquals(20, search("saint").size(), "20 by default");
        assertEquals(100, api().get("/api/territory/communes?q=sa&limit=100").array().size());
        assertEquals(List.of("2A004"), codes(api().get("/api/territory/communes?q=ajaccio&departement=2a").array()));
        assertEquals(List.of(), codes(search("zzzzzz")), "nothing found is an empty list");
    }

    @Test
    @RunAsClient
    void namesTheInvalidParametersOfASearch() {
        assertEquals(List.of("q"), fields(api().get("/api/territory/communes").assertError(400)));
        assertEquals(List.of("q"), fields(api().get("/api/territory/communes?q=a").assertError(400)));
        assertEquals(List.of("q"), fields(api().get("/api/territory/communes?q=" + encoded(" é ")).assertError(400)));
        assertEquals(List.of("q"), fields(api().get("/api/territory/communes?q=" + encoded("--'")).assertError(400)));
        assertEquals(List.of("q"), fields(api().get("/api/territory/communes?q=" + "a".repeat(101)).assertError(400)));
        assertEquals(List.of("q"), fields(api().get("/api/territory/communes?q=" + encoded("a b c d e f g h i j k")).assertError(400)));
        for (String limit : List.of("0", "101", "-1", "vingt", "1.5", "99999999999")) {
            assertEquals(List.of("limit"), fields(api().get("/api/territory/communes?q=vannes&limit=" + limit).assertError(400)), limit);
        }
        assertEquals(List.of("departement"), fields(api().get("/api/territory/communes?q=vannes&departement=99").assertError(400)));
        JsonObject all = api().get("/api/territory/communes?q=a&departement=20&limit=0").assertError(400);
        assertEquals(List.of("q", "departement", "limit"), fields(all));
        assertTrue(all.getJsonArray("fields").getJsonObject(0).getString("message").contains("2"), all.toString());
    }

    @Test
    @RunAsClient
    void aPostcodeListsTheCommunesItServes() {
        JsonObject vannes = api().get("/api/territory/postcodes/56000").object();
        assertEquals("56000", vannes.getString("codePostal"));
        assertEquals(List.of("56260"), codes(vannes.getJsonArray("communes")));
        assertEquals("Vannes", vannes.getJsonArray("communes").getJsonObject(0).getString("nom"));

        JsonArray bourg = api().get("/api/territory/postcodes/01000").object().getJsonArray("communes");
        assertEquals(List.of("Bourg-en-Bresse", "Saint-Denis-lès-Bourg"), bourg.stream().map(c -> c.asJsonObject().getString("nom")).toList());

        JsonArray many = api().get("/api/territory/postcodes/51300").object().getJsonArray("communes");
        assertTrue(many.size() >= 40, "51300 serves dozens of communes: " + many.size());
        List<String> names = many.stream().map(c -> c.asJsonObject().getString("nom")).toList();
        assertEquals(sortedByName(names), names);
        assertTrue(many.stream().allMatch(c -> strings(c.asJsonObject().getJsonArray("codesPostaux")).contains("51300")));
    }

    @Test
    @RunAsClient
    void refusesMalformedCodesAndAnswers404ForUnknownOnes() {
        for (String postcode : List.of("5600", "560000", "abcde", "56%20000")) {
            assertEquals(List.of("postcode"), fields(api().get("/api/territory/postcodes/" + postcode).assertError(400)), postcode);
        }
        api().get("/api/territory/postcodes/00000").assertError(404);
        for (String code : List.of("xx", "3528", "352880", "2C004")) {
            assertEquals(List.of("code"), fields(api().get("/api/territory/communes/" + code).assertError(400)), code);
        }
        api().get("/api/territory/communes/99999").assertError(404);
        api().get("/api/territory/nowhere").assertError(404);
        api().post("/api/territory/communes", "{}").assertError(405);
    }

    @Test
    @RunAsClient
    void aCommuneComesWithItsNeighboursByEpci() {
        JsonObject saintMalo = api().get("/api/territory/communes/" + SAINT_MALO).object();
        assertEquals("Saint-Malo", saintMalo.getString("nom"));
        assertEquals("53", saintMalo.getString("region"));
        JsonArray neighbours = saintMalo.getJsonArray("voisins");
        List<String> expected = communes().stream()
                .filter(c -> c[4].equals("243500782") && !c[0].equals(SAINT_MALO))
                .map(c -> c[0]).sorted().toList();
        assertEquals(expected, codes(neighbours).stream().sorted().toList());
        List<String> names = neighbours.stream().map(c -> c.asJsonObject().getString("nom")).toList();
        assertEquals(sortedByName(names), names, "by name");
        assertTrue(names.contains("Cancale"), names.toString());

        JsonObject sein = api().get("/api/territory/communes/29083").object();
        assertEquals(JsonValue.NULL, sein.get("epci"), "Île-de-Sein belongs to no EPCI");
        assertEquals(0, sein.getJsonArray("voisins").size());
        JsonObject kerguelen = api().get("/api/territory/communes/98412").object();
        assertEquals(JsonValue.NULL, kerguelen.get("population"), "unknown population: " + kerguelen);
        assertEquals(0, kerguelen.getJsonArray("codesPostaux").size());
        assertEquals("Ajaccio", api().get("/api/territory/communes/2a004").object().getString("nom"));
    }

    @Test
    @RunAsClient
    void aCooperationSeesEveryCommuneOfItsDepartements() {
        String slug = created("56");
        JsonObject territory = api().get("/api/tenants/" + slug + "/territory").object();
        assertEquals(slug, territory.getString("tenant"));
        assertEquals("Morbihan", territory.getJsonArray("departements").getJsonObject(0).getString("nom"));
        JsonArray communes = territory.getJsonArray("communes");
        List<String[]> morbihan = communes().stream().filter(c -> c[2].equals("56")).toList();
        assertEquals(249, morbihan.size());
        assertEquals(249, communes.size());
        assertEquals(morbihan.stream().map(c -> c[0]).sorted().toList(), codes(communes).stream().sorted().toList());
        JsonObject summary = territory.getJsonObject("summary");
        assertEquals(249, summary.getInt("communeCount"));
        assertEquals(morbihan.stream().mapToLong(c -> c[5].isEmpty() ? 0 : Long.parseLong(c[5])).sum(), summary.getJsonNumber("population").longValue());
        assertEquals(morbihan.stream().map(c -> c[4]).filter(e -> !e.isEmpty()).distinct().count(), summary.getInt("epciCount"));
        assertTrue(communes.stream().anyMatch(c -> c.asJsonObject().getString("nom").equals("Vannes")));

        String brittany = created("35", "22");
        JsonObject two = api().get("/api/tenants/" + brittany + "/territory").object();
        assertEquals(communes().stream().filter(c -> c[2].equals("35") || c[2].equals("22")).count(), two.getJsonObject("summary").getInt("communeCount"));
    }

    @Test
    @RunAsClient
    void aCooperationsTerritoryFollowsTheTenantRules() {
        api().get("/api/tenants/" + unique("absente") + "/territory").assertError(404);
        String slug = created("29");
        assertEquals(200, api().post("/api/tenants/" + slug + "/suspend", null).status());
        assertEquals(200, api().get("/api/tenants/" + slug + "/territory").status(), "a suspended cooperation still reads");
        assertEquals(200, api().post("/api/tenants/" + slug + "/archive", null).status());
        api().get("/api/tenants/" + slug + "/territory").assertError(410);
    }

    @Test
    @RunAsClient
    void isReadyOnlyWithTheTerritoryAndDescribesTheApi() {
        JsonObject ready = api().get("/health/ready").object();
        JsonObject check = ready.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("maillage-database")).findFirst().orElseThrow();
        assertEquals("UP", check.getString("status"), ready.toString());
        assertNotEquals("not loaded", check.getJsonObject("data").getString("territory"), check.toString());

        JsonObject paths = api().get("/openapi").object().getJsonObject("paths");
        assertTrue(paths.containsKey("/api/territory/communes"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/tenants/{tenant}/territory"), paths.keySet().toString());
    }

    /** Reported, not asserted: the build log shows how long a search takes, HTTP included, against this database. */
    @Test
    @RunAsClient
    void timesCommuneSearches() {
        List<String> queries = List.of("st malo", "saint", "vannes", "l'hay les roses", "35400", "sa", "le", "bourg en bresse", "ploërmel", "lor");
        queries.forEach(this::search);
        List<String> report = new ArrayList<>();
        for (String query : queries) {
            long[] micros = new long[5];
            for (int i = 0; i < micros.length; i++) {
                long start = System.nanoTime();
                search(query);
                micros[i] = (System.nanoTime() - start) / 1000;
            }
            Arrays.sort(micros);
            report.add(query + " " + micros[micros.length / 2] / 1000.0 + " ms");
        }
        System.out.printf("[territory] commune search on PostgreSQL over HTTP, median of 5: %s%n", report);
    }

    /** Inside the platform: a second start with the same files reads the checksum and writes nothing. */
    @Test
    void startingAgainDoesNotReload() throws Exception {
        OffsetDateTime before = storedLoadedAt();
        TerritoryLoad again = loader.load();
        assertFalse(again.reloaded());
        assertEquals(before, storedLoadedAt());
        assertEquals(before.toInstant(), again.loadedAt().toInstant());
        assertEquals(34969, count());
        System.out.printf("[territory] check without reload: %d ms%n", again.millis());
    }

    /** Inside the platform: changed files (here, a different stored checksum) replace the whole territory. */
    @Test
    void changedFilesReplaceTheTerritory() throws Exception {
        OffsetDateTime before = storedLoadedAt();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update platform_reference_data set checksum = 'older files' where name = 'territory'");
        }
        TerritoryLoad reload = loader.load();
        assertTrue(reload.reloaded());
        assertTrue(storedLoadedAt().isAfter(before));
        assertEquals(34969, count());
        assertFalse(loader.load().reloaded());
        System.out.printf("[territory] reload of %d rows inside the platform: %d ms%n", reload.rows(), reload.millis());
    }

    private OffsetDateTime storedLoadedAt() throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("select loaded_at from platform_reference_data where name = 'territory'");
             ResultSet row = select.executeQuery()) {
            assertTrue(row.next());
            return Objects.requireNonNull(row.getObject(1, OffsetDateTime.class));
        }
    }

    private int count() throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from platform_commune")) {
            row.next();
            return row.getInt(1);
        }
    }

    private String created(String... departements) {
        String slug = unique("territoire");
        String codes = String.join(", ", List.of(departements).stream().map(d -> "\"" + d + "\"").toList());
        Reply reply = api().post("/api/tenants", """
                {"slug": "%s", "displayName": "Coopération %s", "departements": [%s]}""".formatted(slug, slug, codes));
        assertEquals(201, reply.status(), reply.toString());
        return slug;
    }

    private static List<String> fields(JsonObject error) {
        return error.getJsonArray("fields").stream().map(f -> f.asJsonObject().getString("field")).toList();
    }

    private static List<String> sortedByName(List<String> names) {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        return names.stream().sorted(collator).toList();
    }

    private static int population(String code) {
        return communes().stream().filter(c -> c[0].equals(code)).mapToInt(c -> Integer.parseInt(c[5])).findFirst().orElseThrow();
    }

    /** The rows of the shipped communes.tsv: code, nom, departement, region, epci, population, codes_postaux. */
    private static List<String[]> communes() {
        var in = TerritoryApiIT.class.getClassLoader().getResourceAsStream("org/maillage/territory/communes.tsv");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.startsWith("#")).skip(1).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
