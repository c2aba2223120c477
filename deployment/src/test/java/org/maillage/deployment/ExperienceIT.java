package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.deployment.ExperienceFixture.attach;
import static org.maillage.deployment.ExperienceFixture.fiches;
import static org.maillage.deployment.ExperienceFixture.move;
import static org.maillage.deployment.ExperienceFixture.network;
import static org.maillage.deployment.ExperienceFixture.ok;
import static org.maillage.deployment.ExperienceFixture.unique;
import static org.maillage.deployment.ExperienceFixture.write;
import static org.maillage.deployment.OnboardingFixture.freePort;
import static org.maillage.deployment.OnboardingFixture.mailsTo;
import static org.maillage.deployment.OnboardingFixture.startSmtp;
import static org.maillage.deployment.OnboardingFixture.subject;
import static org.maillage.deployment.OnboardingFixture.text;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.LiveConfig;
import org.maillage.testkit.Tokens;

/**
 * Partage d'expériences over HTTP: a body's Markdown attacks neutralised, the French search, the exchange between
 * two cooperations with the author told by e-mail (a real SMTP server), the weekly digest, files checked by their
 * content, moderation, indicators, and the export and erasure of authors, commenters and subscribers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExperienceIT {

    private static final int SMTP_PORT = freePort();
    private static final GreenMail SMTP = startSmtp(SMTP_PORT);

    @ArquillianResource
    URL base;

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    private static String q(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    @Test
    void markdownAttacksReachNoPageAsMarkup() {
        ExperienceFixture fixture = new ExperienceFixture(base);
        String a = fixture.cooperation("md-a", "56");
        String b = fixture.cooperation("md-b", "35");
        Api coordinator = fixture.coordinator(a, unique("coord") + "@exemple.fr");
        String attack = "# Titre\n\n<script>alert(1)</script>\n\n[clic](javascript:alert(1)) [d](data:text/html;base64,PHNjcmlwdD4=)"
                + "\n\n<img src=x onerror=alert(1)>\n\n![i](data:image/png;base64,AAAA)\n\n<a href=\"javascript:alert(2)\" onclick=\"x()\">brut</a>"
                + "\n\n[bon](https://www.monalisa-asso.fr)";
        JsonObject fiche = write(coordinator, a, "Attaques", "Résumé", attack);
        move(coordinator, a, fiche, "NETWORK");

        String preview = ok(coordinator.post(fiches(a) + "/preview", jakarta.json.Json.createObjectBuilder().add("body", attack).build().toString()))
                .getString("html");
        String own = ok(coordinator.get(fiches(a) + "/" + fiche.getString("id"))).getString("bodyHtml");
        String shared = ok(fixture.coordinator(b, "lecteur@exemple.fr").get(network(b) + "/" + fiche.getString("id"))).getString("bodyHtml");
        for (String html : List.of(preview, own, shared)) {
            for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
                assertFalse(List.of("script", "img", "iframe", "svg", "style").contains(element.tagName()), html);
                for (Attribute attribute : element.attributes()) {
                    assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), html);
                    if (attribute.getKey().equals("href")) {
                        assertTrue(attribute.getValue().startsWith("https://"), html);
                    }
                }
            }
            assertTrue(html.contains("<h1>Titre</h1>") && html.contains("href=\"https://www.monalisa-asso.fr\""), html);
        }
    }

    @Test
    void theSearchIsFrenchRankedHighlightedAndFaceted() {
        ExperienceFixture fixture = new ExperienceFixture(base);
        String a = fixture.cooperation("cherche-a", "56");
        String b = fixture.cooperation("cherche-b", "35");
        Api coordinator = fixture.coordinator(a, unique("coord") + "@exemple.fr");
        String word = unique("recherche");
        JsonObject strong = write(coordinator, a, "Des bénévoles à l’EHPAD " + word, "Les visites du dimanche avec les résidents.",
                "Pendant le confinement, nos **bénévoles** ont appelé l’EHPAD chaque semaine.");
        JsonObject weak = write(coordinator, a, "Un café " + word, "Une rencontre.", "Il y avait aussi des bénévoles, et un EHPAD voisin.");
        JsonObject unrelated = write(coordinator, a, "La mairie " + word, "Un partenariat.", "Le CCAS et la mairie.");
        for (JsonObject fiche : List.of(strong, weak, unrelated)) {
            move(coordinator, a, fiche, "NETWORK");
        }
        Api reader = fixture.coordinator(b, unique("lecteur") + "@exemple.fr");

        JsonObject found = ok(reader.get(network(b) + "?q=" + q("benevoles ehpad " + word)));
        List<String> ids = found.getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("id")).toList();
        assertEquals(List.of(strong.getString("id"), weak.getString("id")), ids, "without accents, ranked by where the words are: " + found);
        JsonObject first = found.getJsonArray("hits").getJsonObject(0);
        String marked = first.getJsonArray("extract").stream().map(JsonValue::asJsonObject).filter(s -> s.getBoolean("match"))
                .map(s -> s.getString("text")).collect(Collectors.joining("|"));
        assertTrue(marked.contains("bénévoles") && marked.contains("EHPAD"), "the matches are marked in the extract: " + first);
        assertTrue(first.getJsonNumber("rank").doubleValue() > found.getJsonArray("hits").getJsonObject(1).getJsonNumber("rank").doubleValue());

        JsonArray visites = ok(reader.get(network(b) + "?q=" + q("visite " + word))).getJsonArray("hits");
        assertEquals(1, visites.size(), "visite finds visites: " + visites);
        assertEquals(strong.getString("id"), visites.getJsonObject(0).getString("id"));
        assertEquals(1, ok(reader.get(network(b) + "?q=" + q("BÉNÉVOLE confiné " + word))).getJsonArray("hits").size(), "case and accents");
        assertEquals(0, ok(reader.get(network(b) + "?q=" + q("tricot " + word))).getJsonArray("hits").size());

        JsonObject facets = ok(reader.get(network(b) + "?q=" + q(word)));
        assertEquals(3, facets.getJsonArray("hits").size(), facets.toString());
        assertEquals(3, facets.getJsonObject("themes").getInt("visites"), facets.toString());
        assertEquals(3, facets.getJsonObject("departements").getInt("56"), facets.toString());
        assertEquals(3, facets.getJsonObject("years").getInt("2025"), facets.toString());
        assertEquals(0, ok(reader.get(network(b) + "?q=" + q(word) + "&departement=35")).getJsonArray("hits").size());
        assertEquals(3, ok(reader.get(network(b) + "?q=" + q(word) + "&theme=ehpad&year=2025")).getJsonArray("hits").size());
        reader.get(network(b) + "?year=deux").assertError(400);
        assertEquals(200, reader.get(network(b) + "?q=" + q("\"' & | ! :* <script> (") ).status(), "any words are searchable words");
    }

    @Test
    void anotherCooperationAsksAndMarksTheAuthorIsToldAndAnswers() {
        ExperienceFixture fixture = new ExperienceFixture(base);
        String a = fixture.cooperation("echange-a", "56");
        String b = fixture.cooperation("echange-b", "35");
        LiveConfig.set(base, "maillage.mail.host", "127.0.0.1");
        LiveConfig.set(base, "maillage.mail.port", String.valueOf(SMTP_PORT));
        try {
            String author = unique("auteur") + "@exemple.fr";
            String asker = unique("question") + "@exemple.fr";
            Api coordinatorA = fixture.coordinator(a, author);
            Api coordinatorB = fixture.coordinator(b, asker);
            JsonObject fiche = write(coordinatorA, a, "Garder les bénévoles", "Trois gestes simples.", "Un appel après la première visite.");
            String id = fiche.getString("id");
            move(coordinatorA, a, fiche, "NETWORK");

            JsonObject asked = ok(coordinatorB.post(network(b) + "/" + id + "/exchanges", "{\"kind\": \"QUESTION\", \"text\": \"Combien de temps dure l’appel ?\"}"));
            assertEquals(1, asked.getJsonArray("exchanges").size());
            coordinatorB.post(network(b) + "/" + id + "/exchanges", "{\"kind\": \"QUESTION\", \"text\": \"  \"}").assertError(400);
            coordinatorB.post(network(b) + "/" + id + "/exchanges", "{\"kind\": \"AVIS\", \"text\": \"x\"}").assertError(400);
            ok(coordinatorB.post(network(b) + "/" + id + "/reuse", null));
            JsonObject marked = ok(coordinatorB.post(network(b) + "/" + id + "/reuse", null));
            assertEquals(1, marked.getJsonArray("reuses").size(), "one mark per cooperation: " + marked);
            assertEquals(b, marked.getJsonArray("reuses").getJsonObject(0).getString("cooperation"));

            List<MimeMessage> told = mailsTo(SMTP, author, 2);
            assertTrue(told.stream().anyMatch(m -> subject(m).contains("pose une question")), "the question is told");
            assertTrue(told.stream().anyMatch(m -> subject(m).contains("a servi")), "the mark is told");

            JsonObject own = ok(coordinatorA.get(fiches(a) + "/" + id)).getJsonObject("network");
            JsonObject question = own.getJsonArray("exchanges").getJsonObject(0);
            assertEquals(b, question.getString("cooperation"));
            assertEquals(1, own.getJsonArray("reuses").size());
            String answer = network(a) + "/" + id + "/exchanges/" + question.getString("id") + "/answer";
            coordinatorB.post(network(b) + "/" + id + "/exchanges/" + question.getString("id") + "/answer",
                    "{\"text\": \"x\", \"version\": " + question.getJsonNumber("version") + "}").assertError(403);
            JsonObject answered = ok(coordinatorA.post(answer, "{\"text\": \"Dix minutes.\", \"version\": " + question.getJsonNumber("version") + "}"));
            assertEquals("Dix minutes.", answered.getJsonArray("exchanges").getJsonObject(0).getString("answer"));
            coordinatorA.post(answer, "{\"text\": \"Encore\", \"version\": " + question.getJsonNumber("version") + "}").assertError(409);

            YearMonth month = YearMonth.now(ZoneOffset.UTC);
            ok(coordinatorA.post("/api/tenants/" + a + "/indicators/snapshots", "{\"month\": \"" + month + "\"}"));
            JsonObject values = coordinatorA.get("/api/tenants/" + a + "/indicators").object().getJsonArray("months").stream()
                    .map(JsonValue::asJsonObject).filter(m -> m.getString("month").equals(month.toString())).findFirst().orElseThrow()
                    .getJsonObject("values");
            assertEquals(1, values.getInt("experience.written"), values.toString());
            assertEquals(1, values.getInt("experience.shared"), values.toString());
            assertEquals(1, values.getInt("experience.reused"), values.toString());
            assertEquals(1, values.getInt("experience.answered"), values.toString());

            JsonObject exportedAsker = ok(coordinatorB.exportPersonalData(b, asker));
            assertTrue(exportedAsker.toString().contains("Combien de temps dure"), exportedAsker.toString());
            JsonObject exportedAuthor = ok(coordinatorA.exportPersonalData(a, author));
            assertTrue(exportedAuthor.toString().contains("Garder les bénévoles") && exportedAuthor.toString().contains("Dix minutes."),
                    exportedAuthor.toString());
            ok(coordinatorB.erasePersonalData(b, asker));
            ok(coordinatorA.erasePersonalData(a, author));
            JsonObject after = ok(coordinatorB.get(network(b) + "/" + id));
            JsonObject erased = after.getJsonArray("exchanges").getJsonObject(0);
            assertEquals("ancien membre", erased.getString("authorName"), after.toString());
            assertEquals("ancien membre", erased.getString("answerAuthorName"), after.toString());
            assertEquals("ancien membre", ok(coordinatorA.get(fiches(a) + "/" + id)).getString("authorName"));
            assertFalse(ok(coordinatorB.exportPersonalData(b, asker)).toString().contains("Combien"));
        } finally {
            LiveConfig.clear(base, "maillage.mail.host");
            LiveConfig.clear(base, "maillage.mail.port");
        }
    }

    @Test
    void filesAreCheckedByTheirContentAndAlwaysDownloaded() {
        ExperienceFixture fixture = new ExperienceFixture(base);
        String a = fixture.cooperation("fichier-a", "56");
        Api coordinator = fixture.coordinator(a, unique("coord") + "@exemple.fr");
        String id = write(coordinator, a, "Avec un fichier", "", "").getString("id");
        String files = fiches(a) + "/" + id + "/attachments";

        byte[] executable = "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        JsonObject refused = coordinator.send("POST", files + "?name=rapport.pdf", "application/pdf", executable).assertError(415);
        assertTrue(refused.getString("message").contains("PDF"), refused.toString());
        coordinator.send("POST", files + "?name=page.png", "image/png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
                .assertError(415);
        coordinator.send("POST", files + "?name=vide.pdf", "application/pdf", new byte[0]).assertError(400);

        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        JsonObject stored = attach(coordinator, a, id, "bilan%20%3C2025%3E.exe", pdf);
        assertEquals("application/pdf", stored.getString("mediaType"));
        assertTrue(stored.getString("fileName").endsWith(".pdf") && !stored.getString("fileName").contains("<"), stored.toString());
        Api.Reply download = coordinator.get(files + "/" + stored.getString("id"));
        assertEquals(200, download.status());
        assertTrue(download.header("Content-Disposition").orElse("").startsWith("attachment;"), download.toString());
        assertEquals("nosniff", download.header("X-Content-Type-Options").orElse(""));
        assertTrue(download.header("Content-Type").orElse("").startsWith("application/pdf"));

        LiveConfig.set(base, "experience.attachment.max-bytes", "2048");
        try {
            byte[] big = new byte[3000];
            System.arraycopy(pdf, 0, big, 0, pdf.length);
            JsonObject tooLarge = coordinator.send("POST", files + "?name=gros.pdf", "application/pdf", big).assertError(413);
            assertTrue(tooLarge.getString("message").contains("taille maximale"), tooLarge.toString());
        } finally {
            LiveConfig.clear(base, "experience.attachment.max-bytes");
        }
        assertEquals(1, ok(coordinator.get(fiches(a) + "/" + id)).getJsonArray("attachments").size(), "nothing half-written");
    }

    @Test
    void coordinatorsDecideVersionsConflictAndNetworkAdminsModerate() {
        ExperienceFixture fixture = new ExperienceFixture(base);
        String a = fixture.admin().newCooperation("moder-a", "56", "experience", "reporting");
        String b = fixture.cooperation("moder-b", "35");
        Api coordinator = fixture.coordinator(a, unique("coord") + "@exemple.fr");
        Api referent = fixture.referent(a, unique("ref") + "@exemple.fr");
        JsonObject fiche = write(referent, a, "D’un référent", "", "");
        String id = fiche.getString("id");
        referent.post(fiches(a) + "/" + id + "/state", "{\"state\": \"NETWORK\", \"version\": 0}").assertError(403);
        coordinator.post(fiches(a) + "/" + id + "/state", "{\"state\": \"NETWORK\", \"version\": 99}").assertError(409);
        coordinator.post(fiches(a) + "/" + id + "/state", "{\"state\": \"PUBLIC\", \"version\": 0}").assertError(400);
        coordinator.put(fiches(a) + "/" + id, ExperienceFixture.body("x", "", "").replaceFirst("}$", ", \"version\": 99}")).assertError(409);
        JsonObject bad = coordinator.post(fiches(a), ExperienceFixture.body("", "", "").replace("l’animatrice de la coopération", "Marie 06 12 34 56 78")
                .replace("\"ehpad\"]", "\"ehpad\",\"inconnu\"]")).assertError(400);
        assertTrue(bad.getJsonArray("fields").size() >= 3, "title, contact and theme: " + bad);
        coordinator.post(fiches(a), ExperienceFixture.body("Ailleurs", "", "").replaceFirst("}$", ", \"communes\": [\"35238\"]}")).assertError(400);
        assertEquals(201, coordinator.post(fiches(a), ExperienceFixture.body("À Vannes", "", "").replaceFirst("}$", ", \"communes\": [\"56260\"]}")).status());

        move(coordinator, a, fiche, "NETWORK");
        Api admin = fixture.admin();
        JsonObject copy = ok(admin.get("/api/experience/fiches/" + id));
        admin.post("/api/experience/fiches/" + id + "/hide", "{\"reason\": \" \", \"version\": " + copy.getJsonNumber("version") + "}").assertError(400);
        admin.post("/api/experience/fiches/" + id + "/feature", "{\"featured\": true, \"version\": 99}").assertError(409);
        JsonObject featured = ok(admin.post("/api/experience/fiches/" + id + "/feature", "{\"featured\": true, \"version\": " + copy.getJsonNumber("version") + "}"));
        assertTrue(featured.getBoolean("featured"));
        assertTrue(ok(fixture.coordinator(b, "lecteur@exemple.fr").get(network(b) + "/" + id)).getBoolean("featured"));
        assertTrue(ok(coordinator.get(fiches(a) + "/" + id)).getJsonObject("network").getBoolean("featured"), "the author cooperation sees it");

        fixture.coordinator(b, "lecteur@exemple.fr").post(network(b) + "/" + id + "/proposal", null).assertError(409);
        ok(coordinator.post(network(a) + "/" + id + "/proposal", null));
        JsonObject waiting = ok(admin.get("/api/reporting/meetings/proposals"));
        assertTrue(waiting.getJsonArray("proposals").stream().anyMatch(p -> p.asJsonObject().getString("key").equals("experience:" + id)),
                "the commission réseau's agenda offers it: " + waiting);
    }

    @Test
    void subscribersReceiveTheWeeksNewFichesOfOtherCooperations() {
        ExperienceFixture fixture = new ExperienceFixture(base);
        String a = fixture.cooperation("lettre-a", "56");
        String b = fixture.cooperation("lettre-b", "35");
        Api coordinatorA = fixture.coordinator(a, unique("auteur") + "@exemple.fr");
        String title = "La lettre " + unique("hebdo");
        move(coordinatorA, a, write(coordinatorA, a, title, "Ce qui a marché.", ""), "NETWORK");
        String digest = "/api/tenants/" + b + "/experience/digest";
        Api.at(base).as(Tokens.token("sans-adresse").in(b, "coordinator").sign()).put(digest, null).assertError(409);
        LiveConfig.set(base, "maillage.mail.host", "127.0.0.1");
        LiveConfig.set(base, "maillage.mail.port", String.valueOf(SMTP_PORT));
        try {
            String reader = unique("lectrice") + "@exemple.fr";
            Api member = fixture.referent(b, reader);
            assertFalse(ok(member.get(digest)).getBoolean("subscribed"));
            assertTrue(ok(member.put(digest, null)).getBoolean("subscribed"));
            MimeMessage letter = mailsTo(SMTP, reader, 1).get(0);
            assertTrue(subject(letter).contains("du réseau"), subject(letter));
            assertTrue(text(letter).contains(title) && text(letter).contains(a), text(letter));

            Api coordinatorB = fixture.coordinator(b, unique("coord") + "@exemple.fr");
            assertTrue(ok(coordinatorB.exportPersonalData(b, reader)).toString().contains("Lettre hebdomadaire"));
            ok(coordinatorB.erasePersonalData(b, reader));
            assertFalse(ok(member.get(digest)).getBoolean("subscribed"), "erasure ends the subscription");
            assertFalse(ok(coordinatorB.exportPersonalData(b, reader)).toString().contains("Lettre hebdomadaire"));
        } finally {
            LiveConfig.clear(base, "maillage.mail.host");
            LiveConfig.clear(base, "maillage.mail.port");
        }
    }
}
