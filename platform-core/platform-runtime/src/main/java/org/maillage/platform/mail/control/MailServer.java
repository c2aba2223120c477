package org.maillage.platform.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.maillage.platform.mail.entity.OutboxMessage;

/**
 * The SMTP server, from MicroProfile Config ({@code maillage.mail.*}), read at each use so that a change
 * of the configuration applies without a restart; Jakarta Mail as Payara Micro ships it (Angus Mail).
 * Without {@code maillage.mail.host} nothing is sent.
 */
@ApplicationScoped
public class MailServer {

    static final String NOT_CONFIGURED = "Aucun serveur d’envoi d’e-mails (SMTP) n’est configuré sur la plateforme : "
            + "les messages restent en attente dans la boîte d’envoi et partiront dès qu’il le sera "
            + "(son adresse est à demander à l’équipe qui exploite la plateforme).";

    @Inject
    Config config;

    private volatile Session session;

    public boolean configured() {
        return host().isPresent();
    }

    /** @return why nothing is sent, in French, or empty when a server is configured */
    public Optional<String> problem() {
        return configured() ? Optional.empty() : Optional.of(NOT_CONFIGURED);
    }

    /** Sends one message of the outbox; plain text in UTF-8, with a List-Unsubscribe header when it has one. */
    public void send(OutboxMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session());
        mime.setFrom(new InternetAddress(value("maillage.mail.from").orElse("ne-pas-repondre@maillage.invalid")));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.recipient(), true));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setText(message.body(), "UTF-8");
        mime.setSentDate(new Date());
        if (message.unsubscribeUrl() != null) {
            mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">");
        }
        Optional<String> user = value("maillage.mail.user");
        if (user.isPresent()) {
            Transport.send(mime, user.get(), value("maillage.mail.password").orElse(""));
        } else {
            Transport.send(mime);
        }
    }

    private Optional<String> host() {
        return value("maillage.mail.host");
    }

    private Optional<String> value(String key) {
        return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
    }

    /** The session of the configured server: made again when the server's settings changed. */
    private Session session() {
        Properties properties = new Properties();
        boolean starttls = value("maillage.mail.starttls").map(Boolean::parseBoolean).orElse(false);
        properties.put("mail.smtp.host", host().orElseThrow());
        properties.put("mail.smtp.port", value("maillage.mail.port").orElse("25"));
        properties.put("mail.smtp.auth", String.valueOf(value("maillage.mail.user").isPresent()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        properties.put("mail.mime.charset", "UTF-8");
        Session current = session;
        if (current == null || !current.getProperties().equals(properties)) {
            current = Session.getInstance(properties);
            session = current;
        }
        return current;
    }
}
