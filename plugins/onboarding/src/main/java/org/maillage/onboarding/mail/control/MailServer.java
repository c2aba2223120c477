package org.maillage.onboarding.mail.control;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.onboarding.mail.entity.OutboxMessage;

/**
 * The SMTP server, from MicroProfile Config ({@code maillage.mail.*}); Jakarta Mail as Payara Micro
 * ships it (Angus Mail). Without {@code maillage.mail.host} nothing is sent.
 */
@ApplicationScoped
public class MailServer {

    static final String NOT_CONFIGURED = "Aucun serveur d'envoi d'e-mails (SMTP) n'est configuré sur la plateforme : "
            + "les messages restent en attente dans la boîte d'envoi et partiront dès qu'il le sera "
            + "(paramètre maillage.mail.host, à demander à l'équipe qui exploite la plateforme).";

    @Inject
    @ConfigProperty(name = "maillage.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "maillage.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "maillage.mail.from", defaultValue = "ne-pas-repondre@maillage.invalid")
    String from;

    @Inject
    @ConfigProperty(name = "maillage.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "maillage.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "maillage.mail.starttls", defaultValue = "false")
    boolean starttls;

    private volatile Session session;

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** @return why nothing is sent, in French, or empty when a server is configured */
    public Optional<String> problem() {
        return configured() ? Optional.empty() : Optional.of(NOT_CONFIGURED);
    }

    /** Sends one message of the outbox; plain text in UTF-8, with a List-Unsubscribe header when it has one. */
    public void send(OutboxMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session());
        mime.setFrom(new InternetAddress(from));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.recipient(), true));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setText(message.body(), "UTF-8");
        mime.setSentDate(new Date());
        if (message.unsubscribeUrl() != null) {
            mime.setHeader("List-Unsubscribe", "<" + message.unsubscribeUrl() + ">");
        }
        if (user.filter(u -> !u.isBlank()).isPresent()) {
            Transport.send(mime, user.get(), password.orElse(""));
        } else {
            Transport.send(mime);
        }
    }

    private Session session() {
        if (session == null) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", host.orElseThrow());
            properties.put("mail.smtp.port", String.valueOf(port));
            properties.put("mail.smtp.auth", String.valueOf(user.filter(u -> !u.isBlank()).isPresent()));
            properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
            properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
            properties.put("mail.smtp.connectiontimeout", "10000");
            properties.put("mail.smtp.timeout", "20000");
            properties.put("mail.smtp.writetimeout", "20000");
            properties.put("mail.mime.charset", "UTF-8");
            session = Session.getInstance(properties);
        }
        return session;
    }
}
