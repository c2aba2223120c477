package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.Tokens;
import org.maillage.testkit.LiveConfig;

/**
 * The onboarding plugin over HTTP: imports of clean and dirty JeVeuxAider exports (CSV in UTF-8 and
 * Windows-1252, XLSX), their reports, idempotence and dry runs, then the volunteers — list, search,
 * paging, transitions, bulk moves — with the roles of a cooperation. One deployment; each test works
 * in a cooperation of its own. The upload limit is lowered to 1 MB to test it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OnboardingApiIT {

    private static final String CLEAN = """
            id,prenom,nom,email,phone,mobile,code_postal,structure_id,structure_nom
            101,Anne,Le Goff,anne.legoff@exemple.fr,,06 11 11 11 11,56000,1,Coopération 56
            102,Gaël,Le Bihan,gael.lebihan@exemple.fr,02 97 00 00 02,,56190,1,Coopération 56
            103,Zoé,Martin,zoe.martin@exemple.fr,,06 33 33 33 33,56100,,
            104,Yann,Kergoat,yann.kergoat@exemple.fr,,,56000,,
            105,Élise,Tanguy,elise.tanguy@exemple.fr,,,35000,,
            """;

    @ArquillianResource
    URL base;

    private Api admin() {
        return Api.at(base).as(Tokens.networkAdmin());
    }

    private Api coordinator(String slug) {
        return Api.at(base).as(Tokens.coordinator(slug));
    }

    /** A new cooperation of the Morbihan with the plugin enabled. */
    private String cooperation() {
        return admin().newCooperation("accueil", "56", "onboarding");
    }

    private static String root(String slug) {
        return "/api/tenants/" + slug + "/onboarding";
    }

    // ---------------------------------------------------------------- imports

    private static byte[] multipart(String boundary, String fileName, byte[] content, boolean dryRun) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (dryRun) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\ntrue\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return body.toByteArray();
    }

    private Reply upload(Api api, String slug, String fileName, byte[] content, boolean dryRun) {
        String boundary = "----maillage" + UUID.randomUUID();
        return api.send("POST", root(slug) + "/imports", "multipart/form-data; boundary=" + boundary,
                multipart(boundary, fileName, content, dryRun));
    }

    /** Uploads, checks the 202, and waits for the import to finish. @return the finished job */
    private JsonObject imported(String slug, String fileName, byte[] content, boolean dryRun) {
        Reply accepted = upload(coordinator(slug), slug, fileName, content, dryRun);
        assertEquals(202, accepted.status(), accepted.toString());
        JsonObject job = accepted.object();
        assertTrue(accepted.header("Location").orElseThrow().endsWith("/imports/" + job.getString("id")));
        assertEquals(fileName, job.getString("fileName"));
        assertEquals(dryRun, job.getBoolean("dryRun"));
        return finished(slug, job.getString("id"));
    }

    private JsonObject finished(String slug, String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            JsonObject job = coordinator(slug).get(root(slug) + "/imports/" + id).object();
            String state = job.getString("state");
            assertTrue(List.of("QUEUED", "RUNNING", "DONE", "FAILED").contains(state), job.toString());
            if (state.equals("DONE") || state.equals("FAILED")) {
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The import " + id + " did not finish in 90 s");
    }

    private static void assertCounts(JsonObject job, long read, long created, long merged, long unchanged, long rejected) {
        assertEquals("DONE", job.getString("state"), job.toString());
        assertEquals(List.of(read, created, merged, unchanged, rejected),
                List.of(job.getJsonNumber("rowsRead").longValue(), job.getJsonNumber("created").longValue(),
                        job.getJsonNumber("merged").longValue(), job.getJsonNumber("unchanged").longValue(),
                        job.getJsonNumber("rejected").longValue()),
                "read, created, merged, unchanged, rejected: " + job);
        assertEquals(1.0, job.getJsonNumber("progress").doubleValue(), 0.0001);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(byte[] bytes) {
        byte[] out = new byte[bytes.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }

    private JsonObject volunteers(String slug, String query) {
        Reply reply = coordinator(slug).get(root(slug) + "/volunteers" + query);
        assertEquals(200, reply.status(), reply.toString());
        return reply.object();
    }

    private JsonObject volunteer(String slug, String email) {
        JsonArray items = volunteers(slug, "?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8)).getJsonArray("items");
        assertEquals(1, items.size(), email + ": " + items);
        return coordinator(slug).get(root(slug) + "/volunteers/" + items.getJsonObject(0).getString("id")).object();
    }

    @Test
    void aCleanExportIsImportedOnceThenChangesNothingAndADryRunWritesNothing() {
        String slug = cooperation();
        JsonObject job = imported(slug, "profils.csv", utf8(CLEAN), false);
        assertCounts(job, 5, 5, 0, 0, 0);
        assertEquals("export des profils JeVeuxAider", job.getString("format"));
        assertEquals("CSV, UTF-8, séparateur « , »", job.getString("reading"));
        assertEquals("coord-" + slug, job.getString("requestedBy"));

        JsonObject anne = volunteer(slug, "anne.legoff@exemple.fr");
        assertEquals("Anne", anne.getString("firstName"));
        assertEquals("Le Goff", anne.getString("lastName"));
        assertEquals("06 11 11 11 11", anne.getString("phone"), "the mobile when there is one");
        assertEquals("56260", anne.getJsonObject("commune").getString("code"));
        assertEquals("Vannes", anne.getJsonObject("commune").getString("nom"));
        assertEquals("101", anne.getString("jvaProfileId"));
        assertEquals("jeveuxaider", anne.getString("source"));
        assertEquals("NEW", anne.getString("state"));
        assertEquals(0, anne.getJsonArray("transitions").size());

        JsonObject gael = volunteer(slug, "gael.lebihan@exemple.fr");
        assertTrue(absent(gael, "commune"), "56190 serves several communes");
        List<String> candidates = gael.getJsonArray("communeCandidates").stream()
                .map(c -> c.asJsonObject().getString("code") + " " + c.asJsonObject().getString("nom")).toList();
        assertTrue(candidates.contains("56143 Muzillac") && candidates.size() >= 5, candidates.toString());

        assertCounts(imported(slug, "profils.csv", utf8(CLEAN), false), 5, 0, 0, 5, 0);

        String more = CLEAN.lines().findFirst().orElseThrow() + "\n"
                + "104,Yann,Kergoat-Nouveau,YANN.KERGOAT@exemple.fr,,06 44 44 44 44,56000,,\n"
                + "201,Nina,Riou,nina.riou@exemple.fr,,,56100,,\n"
                + "202,Malo,Guillou,malo.guillou@exemple.fr,,,56100,,\n"
                + "201,Nina,Riou,Nina.Riou@Exemple.fr,,06 55 55 55 55,56100,,\n";
        JsonObject dry = imported(slug, "nouveaux.csv", utf8(more), true);
        assertCounts(dry, 4, 2, 2, 0, 0);
        assertEquals(5, volunteers(slug, "").getInt("total"), "a dry run writes no volunteer");
        assertTrue(absent(volunteer(slug, "yann.kergoat@exemple.fr"), "phone"), "nor changes any");

        assertCounts(imported(slug, "nouveaux.csv", utf8(more), false), 4, 2, 2, 0, 0);
        assertEquals(7, volunteers(slug, "").getInt("total"));
        JsonObject yann = volunteer(slug, "yann.kergoat@exemple.fr");
        assertEquals("Kergoat", yann.getString("lastName"), "an import never overwrites");
        assertEquals("06 44 44 44 44", yann.getString("phone"), "it fills what was empty");
    }

    @Test
    void theBulkPathOfAnImportKeepsToItsOwnCooperation() {
        String a = cooperation();
        String b = cooperation();
        assertCounts(imported(b, "profils.csv", utf8(CLEAN), false), 5, 5, 0, 0, 0);
        String richer = CLEAN.lines().findFirst().orElseThrow() + "\n"
                + "101,Anne,Le Goff,ANNE.LEGOFF@exemple.fr,,06 11 11 11 11,56000,1,Coopération 56\n"
                + "104,Yann,Kergoat,yann.kergoat@exemple.fr,,06 44 44 44 44,56000,,\n";
        assertCounts(imported(a, "autres.csv", utf8(richer), true), 2, 2, 0, 0, 0);
        assertCounts(imported(a, "autres.csv", utf8(richer), false), 2, 2, 0, 0, 0);
        assertEquals(2, volunteers(a, "").getInt("total"), "B's volunteers with the same addresses are not A's");
        assertEquals(5, volunteers(b, "").getInt("total"));
        assertTrue(absent(volunteer(b, "yann.kergoat@exemple.fr"), "phone"), "A's import fills nothing of B's");
        assertEquals("06 44 44 44 44", volunteer(a, "yann.kergoat@exemple.fr").getString("phone"));
        assertCounts(imported(b, "profils.csv", utf8(CLEAN), false), 5, 0, 0, 5, 0);
        assertEquals(2, volunteers(a, "").getInt("total"), "B's import again leaves A alone");
    }

    @Test
    void aDirtyExportIsImportedWithItsProblemsReportedByLine() {
        String slug = cooperation();
        String dirty = String.join("\r\n",
                "ID;Prénom;E-mail;Code postal",
                "1;;Marie.Durand@Exemple.fr;",
                "",
                "2;Marie;  marie.durand@exemple.FR ;56000",
                "3;Paul;paul.at.exemple.fr;56000",
                ";;;",
                "4;\"Jean; dit \"\"Jeannot\"\"\";jean@exemple.fr;56190",
                "5;Luc;;56000",
                "6;Léa;lea@exemple.fr;ABCDE",
                "7;Noé;noe@exemple.fr;99999",
                "");
        JsonObject job = imported(slug, "export sale.csv", withBom(utf8(dirty)), false);
        assertCounts(job, 7, 4, 1, 0, 2);
        assertEquals(2, job.getInt("warnings"));
        assertEquals("CSV, UTF-8 avec BOM, séparateur « ; »", job.getString("reading"));

        JsonObject marie = volunteer(slug, "marie.durand@exemple.fr");
        assertEquals("Marie", marie.getString("firstName"), "the second row, another case of the same address, filled the name");
        assertEquals("Vannes", marie.getJsonObject("commune").getString("nom"));
        assertEquals("Jean; dit \"Jeannot\"", volunteer(slug, "jean@exemple.fr").getString("firstName"));
        assertTrue(absent(volunteer(slug, "lea@exemple.fr"), "postcode"));

        String id = job.getString("id");
        JsonObject problems = coordinator(slug).get(root(slug) + "/imports/" + id + "/errors").object();
        assertEquals(4, problems.getInt("total"));
        List<String> lines = problems.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(p -> p.getInt("line") + " " + p.getString("column", "-") + " " + p.getString("severity")).toList();
        assertEquals(List.of("5 E-mail REJECTED", "8 E-mail REJECTED", "9 Code postal WARNING", "10 Code postal WARNING"), lines);
        JsonObject invalid = problems.getJsonArray("items").getJsonObject(0);
        assertEquals("paul.at.exemple.fr", invalid.getString("value"));
        assertTrue(invalid.getString("reason").startsWith("adresse e-mail invalide"), invalid.toString());
        assertTrue(problems.getJsonArray("items").getJsonObject(1).getString("reason").contains("absente"));
        assertTrue(problems.getJsonArray("items").getJsonObject(3).getString("reason").contains("inconnu"));

        Reply csv = coordinator(slug).withHeader("Accept", "text/csv").get(root(slug) + "/imports/" + id + "/errors");
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.header("Content-Type").orElseThrow().startsWith("text/csv"));
        String[] rows = csv.body().replace("\uFEFF", "").split("\r\n");
        assertEquals("ligne;colonne;valeur;motif;gravité", rows[0]);
        assertEquals(5, rows.length);
        assertTrue(rows[1].startsWith("5;E-mail;paul.at.exemple.fr;adresse e-mail invalide"), rows[1]);
        assertTrue(rows[1].endsWith(";rejetée"), rows[1]);
        Reply download = coordinator(slug).withHeader("Accept", "*/*").get(root(slug) + "/imports/" + id + "/errors.csv");
        assertEquals(csv.body(), download.body());
        assertTrue(download.header("Content-Disposition").orElseThrow().contains("attachment"));

        assertCounts(imported(slug, "export sale.csv", withBom(utf8(dirty)), false), 7, 0, 0, 5, 2);
    }

    @Test
    void internationalisedAddressesAreImportedWithAWarningAndFoldedToOnePerson() {
        String slug = cooperation();
        String export = String.join("\r\n",
                "id;prenom;email;code_postal",
                "1;Benoît;benoît.680@exemple.fr;",
                "2;Benoît;BENOÎT.680@Exemple.FR;56000",
                "3;Benoît;benoi\u0302t.680@exemple.fr;56000",
                "4;Zoé;zoé+asso@société.fr;56100",
                "5;Anaïs;anaïs..lucas@exemple.fr;56100",
                "6;Jean;jean@exemple;56100",
                "");
        JsonObject job = imported(slug, "accents.csv", withBom(utf8(export)), false);
        assertCounts(job, 6, 2, 1, 1, 2);
        assertEquals(4, job.getInt("warnings"), "each row of an internationalised address is imported with a warning");

        JsonObject benoit = volunteer(slug, "benoît.680@exemple.fr");
        assertEquals("benoît.680@exemple.fr", benoit.getString("email"), "stored as typed, in lower case and NFC");
        assertEquals("Vannes", benoit.getJsonObject("commune").getString("nom"), "the second spelling merged into the first");
        assertEquals("zoé+asso@société.fr", volunteer(slug, "zoé+asso@société.fr").getString("email"));

        JsonObject problems = coordinator(slug).get(root(slug) + "/imports/" + job.getString("id") + "/errors").object();
        List<String> lines = problems.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .map(p -> p.getInt("line") + " " + p.getString("severity") + " " + p.getString("reason")).toList();
        assertEquals(6, lines.size(), lines.toString());
        for (int i = 0; i < 4; i++) {
            assertTrue(lines.get(i).matches("[2-5] WARNING adresse e-mail internationalisée.*"), lines.toString());
        }
        assertTrue(lines.get(4).startsWith("6 REJECTED adresse e-mail invalide : un point"), lines.toString());
        assertTrue(lines.get(5).startsWith("7 REJECTED adresse e-mail invalide : le domaine"), lines.toString());

        assertCounts(imported(slug, "accents.csv", withBom(utf8(export)), false), 6, 0, 0, 4, 2);
    }

    @Test
    void aWindows1252ParticipationsExportSeedsTheStatesAndHintsAtSharedPhones() {
        String slug = cooperation();
        String header = "id;statut;mission_id;mission_nom;mission_date_debut;mission_date_fin;profile_id;benevole_prenom;benevole_nom;"
                + "benevole_mobile;benevole_email;benevole_code_postal;benevole_date_anniversaire;créneaux_bénévole;date_creation;date_modification";
        String export = String.join("\r\n", header,
                "1;Validée;10;Visites à domicile;2024-01-01;2024-06-30;501;Françoise;Lefèvre;0611111111;francoise.lefevre@exemple.fr;56000;1950-03-12;le mardi après-midi;2024-01-02;2024-01-03",
                "2;En attente de validation;11;Goûters;2024-02-01;2024-02-01;502;Hervé;Le Dû;0622222222;herve.ledu@exemple.fr;56190;12/05/1962;;2024-01-02;2024-01-02",
                "3;Refusée;10;Visites à domicile;2024-01-01;2024-06-30;501;Françoise;Lefèvre;0611111111;FRANCOISE.LEFEVRE@EXEMPLE.FR;56000;1950-03-12;;2024-01-02;2024-01-05",
                "4;En cours de traitement;12;Appels;2024-03-01;2024-03-31;503;Anaïs;Guého;06 11 11 11 11;anais.gueho@exemple.fr;56000;;;2024-01-02;2024-01-02",
                "");
        JsonObject job = imported(slug, "participations.csv", export.getBytes(Charset.forName("windows-1252")), false);
        assertCounts(job, 4, 3, 0, 1, 0);
        assertEquals("export des participations JeVeuxAider", job.getString("format"));
        assertEquals("CSV, Windows-1252, séparateur « ; »", job.getString("reading"));
        assertEquals(1, job.getInt("warnings"), "the shared phone");

        JsonObject francoise = volunteer(slug, "francoise.lefevre@exemple.fr");
        assertEquals("Françoise", francoise.getString("firstName"));
        assertEquals("Lefèvre", francoise.getString("lastName"));
        assertEquals("1950-03-12", francoise.getString("birthDate"));
        assertEquals("le mardi après-midi", francoise.getString("availability"));
        assertEquals("501", francoise.getString("jvaProfileId"));
        assertEquals("CONTACTED", francoise.getString("state"));
        JsonObject seeded = francoise.getJsonArray("transitions").getJsonObject(0);
        assertEquals("NEW", seeded.getString("from"));
        assertEquals("CONTACTED", seeded.getString("to"));
        assertEquals("Import JeVeuxAider : participation « Validée »", seeded.getString("reason"));
        assertEquals("coord-" + slug, seeded.getString("by"));
        assertEquals("NEW", volunteer(slug, "herve.ledu@exemple.fr").getString("state"));
        assertEquals("1962-05-12", volunteer(slug, "herve.ledu@exemple.fr").getString("birthDate"));
        assertEquals("CONTACTED", volunteer(slug, "anais.gueho@exemple.fr").getString("state"));
        JsonObject hint = coordinator(slug).get(root(slug) + "/imports/" + job.getString("id") + "/errors").object()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(5, hint.getInt("line"));
        assertTrue(hint.getString("reason").contains("doublon possible"), hint.toString());

        assertCounts(imported(slug, "participations.csv", export.getBytes(Charset.forName("windows-1252")), false), 4, 0, 0, 4, 0);
    }

    @Test
    void xlsxExportsAreReadFromTheirFirstSheet() {
        String slug = cooperation();
        byte[] workbook = xlsx(List.of(
                List.of("id", "prenom", "email", "code_postal"),
                List.of("1", "Loïc", "loic@exemple.fr", 56000),
                List.of(),
                List.of("2", "Katell", "KATELL@exemple.fr", 56100),
                List.of("3", "Erwan", "pas-une-adresse", 56000)));
        JsonObject job = imported(slug, "profils.xlsx", workbook, false);
        assertCounts(job, 3, 2, 0, 0, 1);
        assertEquals("XLSX, première feuille", job.getString("reading"));
        assertEquals("Lorient", volunteer(slug, "katell@exemple.fr").getJsonObject("commune").getString("nom"));
        JsonObject rejected = coordinator(slug).get(root(slug) + "/imports/" + job.getString("id") + "/errors").object()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(5, rejected.getInt("line"), "the spreadsheet's row number");
    }

    @Test
    void unusableFilesFailAtOnceWithAClearMessage() {
        String slug = cooperation();
        JsonObject missing = imported(slug, "incomplet.csv", utf8("id;prenom;email\n1;Anne;anne@exemple.fr\n"), false);
        assertEquals("FAILED", missing.getString("state"));
        assertTrue(missing.getString("failure").startsWith("Colonne obligatoire absente : « code_postal »"), missing.toString());
        assertEquals(0, missing.getInt("rowsRead"));

        JsonObject participations = imported(slug, "participations.csv",
                utf8("benevole_email,benevole_prenom,benevole_code_postal\na@b.fr,A,56000\n"), false);
        assertTrue(participations.getString("failure").contains("« statut »"), participations.toString());

        JsonObject xls = imported(slug, "ancien.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, false);
        assertTrue(xls.getString("failure").contains(".xls"), xls.toString());

        JsonObject empty = imported(slug, "vide.csv", utf8("\n\n"), false);
        assertTrue(empty.getString("failure").contains("vide"), empty.toString());
        assertEquals(0, volunteers(slug, "").getInt("total"));
    }

    @Test
    void hostileFilesFailAloneWithAFrenchMessageWhileTheServerKeepsServing() throws Exception {
        String hostile = cooperation();
        String other = cooperation();
        byte[] strings = xlsx(List.of(List.of("id", "prenom", "email", "code_postal")), 100_000_000);
        assertTrue(strings.length < 2_000_000, "100 million empty shared strings in " + strings.length + " bytes");
        StringBuilder cut = new StringBuilder("id;prenom;email;code_postal\n");
        for (int i = 1; i <= 1_200; i++) {
            cut.append(i).append(";Prénom;personne").append(i).append("@exemple.fr;56000\n");
        }
        cut.append("1201;\"Coupé au milieu");
        Map<String, byte[]> files = Map.of(
                "bombe.xlsx", strings,
                "large.csv", utf8("id;prenom;email;code_postal\n1;A;a@b.fr" + ";x".repeat(100_000) + "\n"),
                "coupe.csv", utf8(cut.toString()),
                "melange.csv", concat(utf8("id;prenom;email;code_postal\n1;Zoé;zoe@b.fr;56000\n"),
                        "2;Léa;lea@b.fr;56000\n".getBytes(Charset.forName("windows-1252"))),
                "photo.csv", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
        Map<String, String> expected = Map.of(
                "bombe.xlsx", "bombe de décompression",
                "large.csv", "Ligne 2 : plus de 1 000 colonnes",
                "coupe.csv", "Ligne 1202 : un guillemet ouvert n’est jamais fermé",
                "melange.csv", "mélange deux encodages",
                "photo.csv", "données binaires");
        assertCounts(imported(other, "profils.csv", utf8(CLEAN), false), 5, 5, 0, 0, 0);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Reply accepted = upload(coordinator(hostile), hostile, file.getKey(), file.getValue(), false);
            assertEquals(202, accepted.status(), accepted.toString());
            // another cooperation imports meanwhile, and is served as usual
            assertCounts(imported(other, "profils.csv", utf8(CLEAN), false), 5, 0, 0, 5, 0);
            JsonObject job = finished(hostile, accepted.object().getString("id"));
            assertEquals("FAILED", job.getString("state"), job.toString());
            assertTrue(job.getString("failure").contains(expected.get(file.getKey())), file.getKey() + ": " + job);
            assertTrue(!job.getString("failure").contains("inattendue"), job.toString());
        }
        assertEquals(0, volunteers(hostile, "").getInt("total"), "nothing of a refused file is written, not even its first 1,200 rows");
        assertEquals(5, volunteers(other, "").getInt("total"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void uploadsAreCheckedBeforeAnyImport() {
        String slug = cooperation();
        byte[] big = new byte[1024 * 1024 + 200 * 1024];
        LiveConfig.set(base, "onboarding.max-upload-mb", "1");
        try {
            JsonObject tooLarge = upload(coordinator(slug), slug, "gros.csv", big, false).assertError(413);
            assertTrue(tooLarge.getString("message").contains("1 Mo"), tooLarge.toString());
        } finally {
            LiveConfig.clear(base, "onboarding.max-upload-mb");
        }

        coordinator(slug).post(root(slug) + "/imports", "{}").assertError(415);
        String boundary = "b0undary";
        byte[] noFile = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\ntrue\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        JsonObject error = coordinator(slug).send("POST", root(slug) + "/imports", "multipart/form-data; boundary=" + boundary, noFile)
                .assertError(400);
        assertEquals("file", error.getJsonArray("fields").getJsonObject(0).getString("field"));

        upload(Api.at(base).as(Tokens.referent(slug)), slug, "profils.csv", utf8(CLEAN), false).assertError(403);
        coordinator(slug).get(root(slug) + "/imports/" + UUID.randomUUID()).assertError(404);
        assertEquals(0, coordinator(slug).get(root(slug) + "/imports").array().size(), "refused uploads leave no job");
    }

    // ---------------------------------------------------------------- volunteers

    /** 26 volunteers: Bénévole 01 to 25 in Rennes (5 of them), Vannes (10) or Lorient (10), and Gaëlle Ollivier in Vannes. */
    private String withVolunteers() {
        String slug = cooperation();
        StringBuilder csv = new StringBuilder("id,prenom,nom,email,code_postal\n");
        for (int i = 1; i <= 25; i++) {
            String postcode = i % 5 == 0 ? "35000" : i % 2 == 1 ? "56000" : "56100";
            csv.append(i).append(",Prénom").append(",Bénévole %02d".formatted(26 - i)).append(",personne").append(i)
                    .append("@exemple.fr,").append(postcode).append('\n');
        }
        csv.append("99,Gaëlle,Ollivier,gaelle.o@exemple.fr,56000\n");
        assertCounts(imported(slug, "benevoles.csv", utf8(csv.toString()), false), 26, 26, 0, 0, 0);
        return slug;
    }

    private static List<String> lastNames(JsonObject page) {
        return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("lastName")).toList();
    }

    @Test
    void volunteersAreSearchedFilteredSortedAndPaged() {
        String slug = withVolunteers();
        assertEquals(200, admin().put("/api/tenants/" + slug + "/settings/maillage.tenant.page-size", "{\"value\": \"10\"}").status());
        JsonObject first = volunteers(slug, "");
        assertEquals(26, first.getInt("total"));
        assertEquals(10, first.getJsonArray("items").size(), "the cooperation's page size");
        assertEquals("Bénévole 01", lastNames(first).get(0), "by name by default");
        JsonObject third = volunteers(slug, "?page=3&size=10");
        assertEquals(6, third.getJsonArray("items").size());
        assertEquals(List.of("Ollivier"), lastNames(volunteers(slug, "?page=2&size=25")));

        assertEquals(1, volunteers(slug, "?q=GAELLE").getInt("total"), "without case nor accents");
        assertEquals(1, volunteers(slug, "?q=gaëlle%20olliv").getInt("total"), "every word, word starts too");
        assertEquals(1, volunteers(slug, "?q=personne12%40exemple").getInt("total"), "in the e-mail");
        assertEquals(11, volunteers(slug, "?q=vannes").getInt("total"), "in the commune");
        assertEquals(5, volunteers(slug, "?commune=35238").getInt("total"));
        assertEquals(16, volunteers(slug, "?commune=35238,56260").getInt("total"));
        assertEquals(0, volunteers(slug, "?q=e_e").getInt("total"), "_ is a character, not a wildcard");
        assertTrue(first.getBoolean("totalExact"));
        assertTrue(volunteers(slug, "?q=vannes").getBoolean("totalExact"));

        Api coordinator = coordinator(slug);
        String id = volunteers(slug, "?q=personne1%40").getJsonArray("items").getJsonObject(0).getString("id");
        assertEquals(200, coordinator.post(root(slug) + "/volunteers/" + id + "/transitions", "{\"to\": \"MET\"}").status());
        assertEquals(1, volunteers(slug, "?state=MET").getInt("total"));
        assertEquals(25, volunteers(slug, "?state=new").getInt("total"));
        assertEquals("MET", volunteers(slug, "?sort=-state&size=1").getJsonArray("items").getJsonObject(0).getString("state"));
        assertEquals("NEW", volunteers(slug, "?sort=state&size=1").getJsonArray("items").getJsonObject(0).getString("state"));
        assertEquals("Ollivier", lastNames(volunteers(slug, "?sort=-name&size=1")).get(0));
        assertEquals(26, volunteers(slug, "?sort=-created&size=500").getJsonArray("items").size());

        for (String bad : List.of("?size=501", "?size=0", "?page=0", "?sort=age", "?state=ENCOURS", "?commune=Vannes")) {
            JsonObject error = coordinator.get(root(slug) + "/volunteers" + bad).assertError(400);
            assertEquals(1, error.getJsonArray("fields").size(), bad);
        }
    }

    /**
     * The list's total is exact up to a bound (10,000 by default, 1,000 for a search; 10 here, through the live
     * configuration, over 26 volunteers), a lower bound past it with {@code totalExact} false; a page past the bound
     * counts to its own end.
     */
    @Test
    void theTotalIsExactUpToItsBoundAndALowerBoundPast() {
        String slug = withVolunteers();
        LiveConfig.set(base, "maillage.onboarding.list.exact-up-to", "10");
        LiveConfig.set(base, "maillage.onboarding.list.search-exact-up-to", "10");
        try {
            JsonObject first = volunteers(slug, "?size=5");
            assertEquals(10, first.getInt("total"), first.toString());
            assertEquals(false, first.getBoolean("totalExact"));
            assertEquals(5, first.getJsonArray("items").size());
            JsonObject deep = volunteers(slug, "?size=5&page=4");
            assertEquals(20, deep.getInt("total"), "counted to the page's end");
            assertEquals(false, deep.getBoolean("totalExact"));
            JsonObject last = volunteers(slug, "?size=5&page=6");
            assertEquals(26, last.getInt("total"), "the last page counts them all");
            assertTrue(last.getBoolean("totalExact"));
            JsonObject searched = volunteers(slug, "?q=vannes&size=5");
            assertEquals(10, searched.getInt("total"), "11 found, past 10: " + searched);
            assertEquals(false, searched.getBoolean("totalExact"));
            JsonObject exact = volunteers(slug, "?commune=35238&size=5");
            assertEquals(5, exact.getInt("total"));
            assertTrue(exact.getBoolean("totalExact"));
        } finally {
            LiveConfig.clear(base, "maillage.onboarding.list.exact-up-to");
            LiveConfig.clear(base, "maillage.onboarding.list.search-exact-up-to");
        }
        JsonObject all = volunteers(slug, "?size=5");
        assertEquals(26, all.getInt("total"));
        assertTrue(all.getBoolean("totalExact"));
    }

    @Test
    void transitionsFollowThePipelineAndAreRecorded() {
        String slug = withVolunteers();
        Api coordinator = coordinator(slug);
        String id = volunteers(slug, "?q=personne3%40").getJsonArray("items").getJsonObject(0).getString("id");
        String path = root(slug) + "/volunteers/" + id + "/transitions";

        JsonObject contacted = coordinator.post(path, "{\"to\": \"CONTACTED\", \"reason\": \"Appel du 3 mars\"}").object();
        assertEquals("CONTACTED", contacted.getString("state"));
        assertEquals("Contacté", contacted.getString("stateLabel"));
        assertTrue(contacted.getJsonArray("next").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList().containsAll(List.of("RESPONDED", "INACTIVE", "WITHDRAWN")));
        assertEquals(200, coordinator.post(path, "{\"to\": \"IN_TEAM\"}").status(), "forward by several steps");

        JsonObject refused = coordinator.post(path, "{\"to\": \"NEW\"}").assertError(409);
        assertTrue(refused.getString("message").startsWith("Passage impossible de « Dans une équipe » à « Nouveau »"), refused.toString());
        coordinator.post(path, "{\"to\": \"IN_TEAM\"}").assertError(409);
        JsonObject noReason = coordinator.post(path, "{\"to\": \"WITHDRAWN\"}").assertError(400);
        assertEquals("reason", noReason.getJsonArray("fields").getJsonObject(0).getString("field"));
        coordinator.post(path, "{\"to\": \"PARTI\"}").assertError(400);
        coordinator.post(path, "{}").assertError(400);
        assertEquals(200, coordinator.post(path, "{\"to\": \"WITHDRAWN\", \"reason\": \"A déménagé\"}").status());

        JsonObject detail = coordinator.get(root(slug) + "/volunteers/" + id).object();
        List<String> history = detail.getJsonArray("transitions").stream().map(JsonValue::asJsonObject)
                .map(t -> t.getString("from") + "→" + t.getString("to") + " " + t.getString("by") + " " + t.getString("reason", "")).toList();
        assertEquals(List.of("NEW→CONTACTED coord-" + slug + " Appel du 3 mars", "CONTACTED→IN_TEAM coord-" + slug + " ",
                "IN_TEAM→WITHDRAWN coord-" + slug + " A déménagé"), history);
        assertEquals("A déménagé", detail.getString("stateReason"));

        Api referent = Api.at(base).as(Tokens.referent(slug));
        assertEquals(200, referent.get(root(slug) + "/volunteers/" + id).status(), "referents read");
        assertEquals(200, referent.get(root(slug) + "/volunteers").status());
        referent.post(path, "{\"to\": \"RESPONDED\", \"reason\": \"x\"}").assertError(403);
        admin().get(root(slug) + "/volunteers").assertError(403);
        coordinator.get(root(slug) + "/volunteers/" + UUID.randomUUID()).assertError(404);
        coordinator(cooperation()).get(root(slug) + "/volunteers/" + id).assertError(403);
    }

    @Test
    void bulkMovesChangeWhatMayMoveAndCountTheRest() {
        String slug = withVolunteers();
        Api coordinator = coordinator(slug);
        String id = volunteers(slug, "?q=personne1%40").getJsonArray("items").getJsonObject(0).getString("id");
        assertEquals(200, coordinator.post(root(slug) + "/volunteers/" + id + "/transitions", "{\"to\": \"IN_TEAM\"}").status());

        JsonObject result = coordinator.post(root(slug) + "/volunteers/bulk/transitions",
                "{\"filter\": {\"commune\": \"56260\"}, \"to\": \"CONTACTED\", \"reason\": \"Campagne de mars\"}").object();
        assertEquals(List.of(11, 10, 1), List.of(result.getInt("matched"), result.getInt("changed"), result.getInt("refused")), result.toString());
        assertEquals(10, volunteers(slug, "?state=CONTACTED").getInt("total"));

        JsonObject none = coordinator.post(root(slug) + "/volunteers/bulk/transitions",
                "{\"filter\": {\"state\": \"CONTACTED\", \"q\": \"benevole\"}, \"to\": \"NEW\"}").object();
        assertEquals(0, none.getInt("changed"));
        assertEquals(none.getInt("matched"), none.getInt("refused"));

        coordinator.post(root(slug) + "/volunteers/bulk/transitions", "{\"filter\": {}, \"to\": \"INACTIVE\"}").assertError(400);
        Api.at(base).as(Tokens.referent(slug)).post(root(slug) + "/volunteers/bulk/transitions",
                "{\"filter\": {}, \"to\": \"CONTACTED\"}").assertError(403);
    }

    @Test
    void statesAreCountedForASearchAndPickedVolunteersMoveTogether() {
        String slug = withVolunteers();
        Api coordinator = coordinator(slug);
        String first = volunteers(slug, "?q=personne1%40").getJsonArray("items").getJsonObject(0).getString("id");
        String third = volunteers(slug, "?q=personne3%40").getJsonArray("items").getJsonObject(0).getString("id");
        assertEquals(200, coordinator.post(root(slug) + "/volunteers/" + first + "/transitions", "{\"to\": \"IN_TEAM\"}").status());

        JsonArray states = coordinator.get(root(slug) + "/volunteers/states").array();
        assertEquals(List.of("NEW", "CONTACTED", "RESPONDED", "MET", "FIRST_ACTION", "IN_TEAM", "INACTIVE", "WITHDRAWN"),
                states.stream().map(s -> s.asJsonObject().getString("code")).toList(), "every state, in pipeline order");
        assertEquals(Map.of("NEW", 25, "IN_TEAM", 1), counts(states));
        JsonObject fresh = states.getJsonObject(0);
        assertEquals("Nouveau", fresh.getString("label"));
        List<String> fromNew = fresh.getJsonArray("next").stream().map(JsonValue::asJsonObject)
                .map(m -> m.getString("to") + (m.getBoolean("reasonRequired") ? "+motif" : "")).toList();
        assertEquals(List.of("CONTACTED", "RESPONDED", "MET", "FIRST_ACTION", "IN_TEAM", "INACTIVE+motif", "WITHDRAWN+motif"), fromNew);
        assertEquals("RESPONDED", states.getJsonObject(7).getJsonArray("next").getJsonObject(0).getString("to"));
        assertTrue(states.getJsonObject(7).getJsonArray("next").getJsonObject(0).getBoolean("reasonRequired"), "back from WITHDRAWN needs a reason");
        assertEquals(Map.of("NEW", 10, "IN_TEAM", 1), counts(coordinator.get(root(slug) + "/volunteers/states?commune=56260").array()),
                "the list's search and communes apply");
        assertEquals(Map.of("NEW", 1), counts(coordinator.get(root(slug) + "/volunteers/states?q=GAELLE&state=IN_TEAM").array()),
                "not the list's states: the counts are those of each state");
        coordinator.get(root(slug) + "/volunteers/states?commune=Vannes").assertError(400);
        assertEquals(200, Api.at(base).as(Tokens.referent(slug)).get(root(slug) + "/volunteers/states").status());

        JsonObject picked = coordinator.post(root(slug) + "/volunteers/bulk/transitions",
                "{\"filter\": {\"ids\": [\"" + first + "\", \"" + third + "\"]}, \"to\": \"CONTACTED\"}").object();
        assertEquals(List.of(2, 1, 1), List.of(picked.getInt("matched"), picked.getInt("changed"), picked.getInt("refused")), picked.toString());
        assertEquals(List.of("Bénévole 23"), lastNames(volunteers(slug, "?state=CONTACTED")), "only the picked volunteer who could move");
        JsonObject narrowed = coordinator.post(root(slug) + "/volunteers/bulk/transitions",
                "{\"filter\": {\"state\": \"NEW\", \"ids\": [\"" + third + "\"]}, \"to\": \"MET\"}").object();
        assertEquals(0, narrowed.getInt("matched"), "picked rows stay within the filter");
        String tooMany = java.util.stream.IntStream.range(0, 501).mapToObj(i -> "\"" + UUID.randomUUID() + "\"")
                .collect(java.util.stream.Collectors.joining(","));
        Reply refused = coordinator.post(root(slug) + "/volunteers/bulk/transitions", "{\"filter\": {\"ids\": [" + tooMany + "]}, \"to\": \"MET\"}");
        refused.assertError(400);
        assertEquals(0, volunteers(slug, "?state=MET").getInt("total"));
    }

    /** @return the states with volunteers, and how many */
    private static Map<String, Integer> counts(JsonArray states) {
        return states.stream().map(JsonValue::asJsonObject).filter(s -> s.getInt("count") > 0)
                .collect(java.util.stream.Collectors.toMap(s -> s.getString("code"), s -> s.getInt("count")));
    }

    @Test
    void anAmbiguousCommuneIsSettledAndAnErasedPersonIsNotImportedAgain() {
        String slug = cooperation();
        imported(slug, "profils.csv", utf8(CLEAN), false);
        Api coordinator = coordinator(slug);
        String gael = volunteer(slug, "gael.lebihan@exemple.fr").getString("id");
        coordinator.put(root(slug) + "/volunteers/" + gael + "/commune", "{\"code\": \"nulle part\"}").assertError(400);
        JsonObject settled = coordinator.put(root(slug) + "/volunteers/" + gael + "/commune", "{\"code\": \"56143\"}").object();
        assertEquals("Muzillac", settled.getJsonObject("commune").getString("nom"));
        assertEquals(0, settled.getJsonArray("communeCandidates").size());
        assertEquals(1, volunteers(slug, "?q=muzillac").getInt("total"));

        JsonObject erased = coordinator.post("/api/tenants/" + slug + "/personal-data/erasure", "{\"email\": \"anne.legoff@exemple.fr\"}").object();
        assertTrue(erased.getJsonObject("erased").getInt("onboarding") > 0, erased.toString());
        assertEquals(4, volunteers(slug, "").getInt("total"), "an erased volunteer leaves the list");
        JsonObject again = imported(slug, "profils.csv", utf8(CLEAN), false);
        assertCounts(again, 5, 0, 0, 4, 1);
        JsonObject problem = coordinator.get(root(slug) + "/imports/" + again.getString("id") + "/errors").object()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(2, problem.getInt("line"));
        assertTrue(problem.getString("reason").contains("effacement"), problem.toString());
        assertNull(coordinator.post("/api/tenants/" + slug + "/personal-data/export", "{\"email\": \"anne.legoff@exemple.fr\"}").object()
                .getJsonObject("plugins").get("onboarding"));
    }

    // ---------------------------------------------------------------- a small XLSX writer

    /** @return a workbook whose first sheet holds the rows: texts as inline strings, numbers as numbers */
    private static byte[] xlsx(List<List<Object>> rows) {
        return xlsx(rows, 0);
    }

    /** @param emptySharedStrings how many empty strings the shared-strings part holds (generated as it is compressed) */
    private static byte[] xlsx(List<List<Object>> rows, int emptySharedStrings) {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                Object v = cells.get(c);
                sheet.append(v instanceof Number ? "<c r=\"" + ref + "\"><v>" + v + "</v></c>"
                        : "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + v + "</t></is></c>");
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        Map<String, String> parts = Map.of(
                "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                        + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                        + "</Types>",
                "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
                "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Export\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + (emptySharedStrings == 0 ? "" : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                        + "</Relationships>",
                "xl/worksheets/sheet1.xml", sheet.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            if (emptySharedStrings > 0) {
                zip.setLevel(9);
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                zip.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">".getBytes(StandardCharsets.UTF_8));
                byte[] block = "<si/>".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < emptySharedStrings / 10_000; i++) {
                    zip.write(block);
                }
                zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** @return whether the object has no value for the key (JSON-B leaves nulls out) */
    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }
}
