package org.maillage.platform.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.maillage.platform.api.mail.Message;
import org.maillage.platform.mail.entity.OutboxMessage;

/** A failed send, as the server log and the outbox keep it: with no address in either. */
class SenderTest {

    private static final String ADDRESS = "anne.le-goff@exemple.fr";

    @Test
    void aFailedSendLogsAndKeepsNoAddress() throws Exception {
        List<String> errors = new ArrayList<>();
        Sender jobs = new Sender();
        jobs.mail = new MailServer() {
            @Override
            public void send(OutboxMessage message) throws MessagingException {
                throw new SendFailedException("Invalid Addresses", new MessagingException("550 5.1.1 <" + ADDRESS + ">: Recipient address rejected"),
                        new jakarta.mail.Address[0], new jakarta.mail.Address[0], new InternetAddress[]{new InternetAddress(ADDRESS)});
            }
        };
        jobs.outbox = new Outbox() {
            @Override
            public void failed(String id, String error, OffsetDateTime now) {
                errors.add(error);
            }
        };
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(Sender.class.getName());
        Level level = log.getLevel();
        log.addHandler(capture);
        log.setLevel(Level.ALL);
        try {
            jobs.send(new OutboxMessage(Message.of("onboarding", ADDRESS, "Bonjour", "Bonjour Anne"), OffsetDateTime.now(ZoneOffset.UTC)));
        } finally {
            log.removeHandler(capture);
            log.setLevel(level);
        }

        assertEquals(1, records.size());
        String logged = records.get(0).getMessage() + (records.get(0).getThrown() == null ? "" : records.get(0).getThrown().toString());
        assertTrue(logged.contains("a***@exemple.fr"), logged);
        assertFalse(logged.contains(ADDRESS), logged);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("Échec de l’envoi"), errors.get(0));
        assertFalse(errors.get(0).contains(ADDRESS), errors.get(0));
    }
}
