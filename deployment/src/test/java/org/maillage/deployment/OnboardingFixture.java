package org.maillage.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maillage.testkit.Api;
import org.maillage.testkit.LiveConfig;
import org.maillage.testkit.Api.Reply;
import org.maillage.testkit.Tokens;

/** What the tests of the onboarding e-mails share: cooperations with volunteers, a real SMTP server, the links in its messages. */
final class OnboardingFixture {

    private static final Pattern LINK = Pattern.compile("#lien=([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

    private OnboardingFixture() {
    }

    static String root(String slug) {
        return "/api/tenants/" + slug + "/onboarding";
    }

    /** @return the cooperation's outbox: the platform's, where the plugin's messages are */
    static String outbox(String slug) {
        return "/api/tenants/" + slug + "/outbox";
    }

    /** @return a new cooperation of the Morbihan with these volunteers imported: lines {@code prénom,nom,email,code postal} */
    static String cooperationWith(URL base, String... volunteers) {
        String slug = Api.at(base).as(Tokens.networkAdmin()).newCooperation("campagne", "56", "onboarding");
        StringBuilder csv = new StringBuilder();
        int id = 1;
        for (String v : volunteers) {
            String[] f = v.split(",");
            csv.append(id++).append(',').append(f[0]).append(',').append(f[1]).append(',').append(f[2]).append(",,,").append(f[3]).append(",,\n");
        }
        importProfiles(base, slug, csv.toString());
        return slug;
    }

    /**
     * Imports JeVeuxAider profiles, as rows of {@code id,prenom,nom,email,phone,mobile,code_postal,structure_id,structure_nom}.
     *
     * @return the import's id, once it is done
     */
    static String importProfiles(URL base, String slug, String rows) {
        Api coordinator = Api.at(base).as(Tokens.coordinator(slug));
        String csv = "id,prenom,nom,email,phone,mobile,code_postal,structure_id,structure_nom\n" + rows;
        String boundary = "----maillage" + UUID.randomUUID();
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"profils.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        Reply accepted = coordinator.send("POST", root(slug) + "/imports", "multipart/form-data; boundary=" + boundary, body);
        assertEquals(202, accepted.status(), accepted.toString());
        String job = accepted.object().getString("id");
        waitFor("the import of " + slug, () -> {
            String state = coordinator.get(root(slug) + "/imports/" + job).object().getString("state");
            return state.equals("DONE") ? state : null;
        });
        return job;
    }

    /** @return an address no other test uses */
    static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
    }

    /** @return the first non-null value {@code found} gives within 60 s */
    static <T> T waitFor(String what, Supplier<T> found) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Waited 60 s for " + what);
    }

    /** @return the cooperation's volunteers, counted exactly by state (the list's total stops counting 200 rows past its page) */
    static long volunteerCount(Api api, String slug) {
        return api.get("/api/tenants/" + slug + "/onboarding/volunteers/states").array().stream()
                .mapToLong(state -> state.asJsonObject().getJsonNumber("count").longValue()).sum();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a started SMTP server on the loopback interface */
    static GreenMail startSmtp(int port) {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    /** Points the shared platform's outbox at the SMTP server on {@code port} (loopback), for one test. */
    static void mailThrough(URL base, int port) {
        LiveConfig.set(base, "maillage.mail.host", "127.0.0.1");
        LiveConfig.set(base, "maillage.mail.port", String.valueOf(port));
    }

    /** Gives the shared platform its own mail settings back: no SMTP server, the messages wait. */
    static void mailNowhere(URL base) {
        LiveConfig.clear(base, "maillage.mail.host");
        LiveConfig.clear(base, "maillage.mail.port");
    }

    /** @return the messages the server received for the address, once there are {@code count} */
    static List<MimeMessage> mailsTo(GreenMail smtp, String address, int count) {
        return waitFor(count + " message(s) to " + address, () -> {
            List<MimeMessage> to = Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(address)).toList();
            return to.size() >= count ? to : null;
        });
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the decoded text of a plain-text message */
    static String text(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the token of the personal link in the message */
    static String token(MimeMessage message) {
        Matcher matcher = LINK.matcher(text(message));
        assertTrue(matcher.find(), "a personal link in " + text(message));
        return matcher.group(1);
    }
}
