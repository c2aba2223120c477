package org.maillage.platform.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.maillage.platform.api.mail.Message;
import org.maillage.platform.api.tenant.TenantContext;
import org.maillage.platform.api.tenant.TenantJobs;
import org.maillage.platform.api.tenant.TenantWork;
import org.maillage.platform.jobs.control.Jobs;
import org.maillage.platform.mail.entity.OutboxMessage;

/**
 * A failed send, as the server log and the outbox keep it: with no address in either; and one drain at a time per
 * cooperation on an instance, however many transactions and job runs ask for one.
 */
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

    /**
     * Transactions that queued messages (each asking for a drain at once) and the job's runs, all together: never two
     * messages of the cooperation in the SMTP server's hands at once, so an instance that dies leaves at most one sent
     * and not recorded; every message is sent once.
     */
    @Test
    void oneDrainAtATimePerCooperation() throws Exception {
        Sender sender = new Sender();
        Set<String> due = ConcurrentHashMap.newKeySet();
        Set<String> sent = ConcurrentHashMap.newKeySet();
        AtomicInteger inHand = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        sender.outbox = new Outbox() {
            @Override
            public List<String> due(OffsetDateTime now, int max) {
                return due.stream().limit(max).toList();
            }

            @Override
            public Optional<OutboxMessage> claim(String id, OffsetDateTime now) {
                return due.remove(id) ? Optional.of(new OutboxMessage(Message.of("sample", id, "Note", "Texte"), now)) : Optional.empty();
            }

            @Override
            public void sent(String id, OffsetDateTime now) {
            }
        };
        sender.mail = new MailServer() {
            @Override
            public boolean configured() {
                return true;
            }

            @Override
            public void send(OutboxMessage message) throws MessagingException {
                most.accumulateAndGet(inHand.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                sent.add(message.recipient());
                inHand.decrementAndGet();
            }
        };
        sender.tenantWork = new TenantWork() {
            @Override
            public <T> T call(String slug, Callable<T> work) throws Exception {
                return work.call();
            }

            @Override
            public List<String> tenantsWith(String pluginId) {
                return List.of("morbihan");
            }

            @Override
            public boolean enabledIn(String slug, String pluginId) {
                return true;
            }
        };
        sender.tenant = new TenantContext() {
            @Override
            public String slug() {
                return "morbihan";
            }

            @Override
            public String displayName() {
                return "Coopération MONALISA du Morbihan";
            }

            @Override
            public Optional<String> contactAddress() {
                return Optional.empty();
            }

            @Override
            public boolean isBound() {
                return true;
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(6);
        sender.executor = (ManagedExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, arguments) -> method.invoke(threads, arguments));
        List<TenantJobs.Job> job = new ArrayList<>();
        sender.jobs = new Jobs() {
            @Override
            public Schedule everyCooperation(String name, Duration firstAfter, Duration every, Job run) {
                job.add(run);
                return () -> { };
            }
        };
        sender.start();
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                due.add("n" + i + "@exemple.fr");
                sender.queued(new MailQueued("morbihan"));
                if (i % 10 == 0) {
                    runs.add(threads.submit(() -> {
                        job.get(0).run(OffsetDateTime.now(ZoneOffset.UTC));
                        return null;
                    }));
                }
            }
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
            threads.shutdown();
            assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, most.get(), "messages of the cooperation in the SMTP server's hands at once");
        assertEquals(200, sent.size(), "every message sent");
    }
}
