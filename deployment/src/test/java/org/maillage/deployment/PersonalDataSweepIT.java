package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.deployment.OnboardingFixture.freePort;
import static org.maillage.deployment.OnboardingFixture.mailsTo;
import static org.maillage.deployment.OnboardingFixture.root;
import static org.maillage.deployment.OnboardingFixture.startSmtp;
import static org.maillage.deployment.OnboardingFixture.token;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.testkit.Api;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.LiveConfig;
import org.maillage.testkit.ServerLog;
import org.maillage.testkit.TestDatabase;
import org.maillage.testkit.Tokens;

/**
 * The RGPD sweep: a person whose name, address and phone are distinctive is stored through every path that
 * stores them (the import, with a problem line; the volunteer's edits and their own answers through their
 * link; the teams, as a volunteer and as a typed member; a sample note; the outbox, by a campaign really sent;
 * the audit, by an export), then erased through the platform's erasure. Then every text, JSON, array and
 * byte column of every table of the database ({@code information_schema}: the platform's and every plugin's)
 * and the server's log of the run are searched: no trace of the name, the address or the phone (its digits,
 * however written). The audit keeps the fact of the erasure.
 *
 * <p>The erasure is called through {@link Api#erasePersonalData}, the test kit's one place that knows how
 * the address travels (in a POST body).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataSweepIT {

    private static final int SMTP_PORT = freePort();

    @ArquillianResource
    URL base;

    private GreenMail smtp;

    @BeforeEach
    void smtp() {
        smtp = startSmtp(SMTP_PORT);
        LiveConfig.set(base, "maillage.mail.host", "127.0.0.1");
        LiveConfig.set(base, "maillage.mail.port", String.valueOf(SMTP_PORT));
        LiveConfig.set(base, "maillage.onboarding.link-secret", "balayage-" + UUID.randomUUID());
    }

    @AfterEach
    void noSmtp() {
        LiveConfig.clear(base, "maillage.mail.host");
        LiveConfig.clear(base, "maillage.mail.port");
        LiveConfig.clear(base, "maillage.onboarding.link-secret");
        smtp.stop();
    }

    @Test
    void anErasedPersonLeavesNoTraceInAnyTableNorInTheLog() throws Exception {
        String tag = HostileTarget.letters(10);
        String first = "Rgpdprenom" + tag;
        String last = "Rgpdnom" + tag;
        String email = "rgpd." + tag + "@exemple.fr";
        String digits = String.valueOf(ThreadLocalRandom.current().nextLong(600_000_000L, 799_999_999L));
        String phone = "0" + digits.charAt(0) + " " + digits.substring(1, 3) + " " + digits.substring(3, 5) + " "
                + digits.substring(5, 7) + " " + digits.substring(7, 9);

        String slug = Api.at(base).as(Tokens.networkAdmin()).newCooperation("balayage", "56", "onboarding", "teams", "sample");
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        OnboardingFixture.importProfiles(base, slug, "1," + first + "," + last + "," + email + "," + phone + ",,56000,,\n"
                + "2," + first + "," + last + "," + email + ",," + phone + ",99999,,\n");
        JsonObject volunteer = volunteer(coordinator, slug, email);
        String id = volunteer.getString("id");

        // the coordinator's edits of the volunteer
        ok(coordinator.put(root(slug) + "/volunteers/" + id + "/commune", "{\"code\": \"56260\"}"));
        moveOnce(coordinator, slug, id, volunteer.getString("state"));

        // teams: the volunteer as a member, and the same person typed in by hand
        Reply team = coordinator.post("/api/tenants/" + slug + "/teams", "{\"name\": \"Équipe " + HostileTarget.letters(6) + "\", \"communes\": [\"56260\"]}");
        assertEquals(201, team.status(), team.toString());
        String teamId = team.object().getJsonObject("team").getString("id");
        assertEquals(201, coordinator.post("/api/tenants/" + slug + "/teams/" + teamId + "/members", "{\"volunteerId\": \"" + id + "\"}").status());
        Reply other = coordinator.post("/api/tenants/" + slug + "/teams", "{\"name\": \"Équipe " + HostileTarget.letters(6) + "\", \"communes\": [\"56260\"]}");
        assertEquals(201, other.status(), other.toString());
        String otherId = other.object().getJsonObject("team").getString("id");
        Reply typed = coordinator.post("/api/tenants/" + slug + "/teams/" + otherId + "/members", "{\"firstName\": \"" + first
                + "\", \"lastName\": \"" + last + "\", \"email\": \"" + email + "\", \"phone\": \"" + phone + "\"}");
        assertEquals(201, typed.status(), typed.toString());

        // a note of the sample plugin, written by the person
        ok(coordinator.post("/api/tenants/" + slug + "/sample/notes", "{\"author\": \"" + email + "\", \"text\": \"Rappeler " + first + "\"}"));

        // the outbox: a campaign really sent, and the person's answers through their link
        Reply campaign = coordinator.post(root(slug) + "/campaigns", "{\"subject\": \"Bonjour {prénom} {nom}\", \"body\": "
                + "\"Bonjour {prénom} {nom},\\n{lien}\\n{désinscription}\", \"filter\": {\"q\": \"" + email + "\"}}");
        assertEquals(201, campaign.status(), campaign.toString());
        ok(coordinator.post(root(slug) + "/campaigns/" + campaign.object().getString("id") + "/send", null));
        String link = token(mailsTo(smtp, email, 1).get(0));
        Api self = Api.at(base).withHeader("Maillage-Lien", link);
        ok(self.get("/api/onboarding/self-service"));
        ok(self.put("/api/onboarding/self-service", "{\"interested\": true, \"availability\": \"le soir, au " + phone
                + "\", \"commune\": \"56260\", \"consent\": true}"));

        // the audit: an export of the person's data
        ok(coordinator.exportPersonalData(slug, email));

        // the tag is in the names and the address, and letters survive any encoding (%40 for @ in a query string)
        List<String> needles = List.of(tag);
        assertTrue(!traces(needles, digits).isEmpty(), "the sweep finds the person before the erasure");

        Reply erased = coordinator.erasePersonalData(slug, email);
        assertEquals(200, erased.status(), erased.toString());

        List<String> left = traces(needles, digits);
        String log = ServerLog.of(base).toLowerCase(Locale.ROOT);
        for (String needle : needles) {
            if (log.contains(needle)) {
                int at = log.indexOf(needle);
                left.add("the server's log: …" + log.substring(Math.max(0, at - 200), Math.min(log.length(), at + 100)) + "…");
            }
        }
        if (log.replaceAll("[^0-9]", "").contains(digits)) {
            left.add("the server's log: the phone's digits");
        }
        assertEquals(List.of(), left, "traces of the erased person");

        List<JsonValue> audit = coordinator.get("/api/tenants/" + slug + "/audit").array();
        assertTrue(audit.stream().map(JsonValue::toString).anyMatch(e -> e.contains("personal-data") && (e.contains("DELETE") || e.contains("erasure"))),
                "the audit keeps the fact of the erasure: " + audit);
    }

    /** @return where the needles (lower case) or the phone's digits are found: {@code schema.table.column (rows)} */
    private static List<String> traces(List<String> needles, String digits) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = TestDatabase.get().connect()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select c.table_schema, c.table_name, c.column_name, c.data_type
                    from information_schema.columns c
                    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                    where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema')
                      and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'bytea')
                    order by 1, 2, 3""");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)});
                }
            }
            assertTrue(columns.size() > 20, "the text columns of the database: " + columns.size());
            for (String[] c : columns) {
                String column = "\"" + c[0] + "\".\"" + c[1] + "\"";
                StringBuilder where;
                if (c[3].equals("bytea")) {
                    // files (attachments) hold any byte, NUL included: searched as bytes, not as text
                    String bytes = "\"" + c[2] + "\"";
                    where = new StringBuilder("position(convert_to(?, 'UTF8') in " + bytes + ") > 0");
                    for (int i = 0; i < needles.size(); i++) {
                        where.append(" or position(convert_to(?, 'UTF8') in ").append(bytes).append(") > 0");
                    }
                } else {
                    String value = "\"" + c[2] + "\"::text";
                    where = new StringBuilder("strpos(regexp_replace(" + value + ", '[^0-9]', '', 'g'), ?) > 0");
                    for (int i = 0; i < needles.size(); i++) {
                        where.append(" or strpos(lower(").append(value).append("), ?) > 0");
                    }
                }
                try (PreparedStatement count = connection.prepareStatement("select count(*) from " + column + " where " + where)) {
                    count.setString(1, digits);
                    for (int i = 0; i < needles.size(); i++) {
                        count.setString(i + 2, needles.get(i));
                    }
                    try (ResultSet n = count.executeQuery()) {
                        n.next();
                        if (n.getLong(1) > 0) {
                            found.add(c[0] + "." + c[1] + "." + c[2] + " (" + n.getLong(1) + " rows)");
                        }
                    }
                }
            }
        }
        return found;
    }

    private static JsonObject volunteer(Api coordinator, String slug, String email) {
        JsonObject page = coordinator.get(root(slug) + "/volunteers?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8)).object();
        assertEquals(1, page.getJsonArray("items").size(), email + ": " + page);
        return page.getJsonArray("items").getJsonObject(0);
    }

    /** Moves the volunteer to the first state open to them, with a reason. */
    private static void moveOnce(Api coordinator, String slug, String id, String state) {
        for (JsonValue s : coordinator.get(root(slug) + "/volunteers/states").array()) {
            JsonObject candidate = s.asJsonObject();
            if (candidate.getString("code").equals(state) && !candidate.getJsonArray("next").isEmpty()) {
                String to = candidate.getJsonArray("next").getJsonObject(0).getString("to");
                ok(coordinator.post(root(slug) + "/volunteers/" + id + "/transitions", "{\"to\": \"" + to + "\", \"reason\": \"appel\"}"));
                return;
            }
        }
        throw new AssertionError("no move open from " + state);
    }

    private static void ok(Reply reply) {
        assertTrue(reply.status() / 100 == 2, reply.toString());
    }
}
