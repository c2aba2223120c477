package org.maillage.platform.persistence.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * What every tenant-scoped request reads before any plugin code runs, kept in memory per instance: a cooperation's
 * status ({@code tenant:<slug>}) and the modules it has enabled ({@code enablement:<slug>}).
 *
 * <p>Invalidation, correctness first:
 * <ul>
 * <li><b>Every change</b> of {@code platform_tenant} or {@code platform_plugin_enablement}, whoever writes it, sends
 * {@code NOTIFY maillage_cache, '<what>:<slug>'} from a trigger of the writing transaction (migration V12), which
 * PostgreSQL delivers at commit, and never for a rollback. Each instance holds one connection that {@code LISTEN}s
 * ({@link #listen}) and evicts the entry as the notification arrives.</li>
 * <li><b>On the instance that made the change</b>, {@link #changed} evicts the entry at once and again when the
 * transaction completes, before the answer leaves: the very next request, whatever it is, reads the database.</li>
 * <li><b>On the other instances</b>, the bound is the delivery of the notification: the commit's network trip from
 * PostgreSQL to the listening connection (well under a millisecond on one machine, one network trip otherwise). A
 * request that reaches another instance inside that window may still see the previous state, as it would if it had
 * read the database a moment before the commit.</li>
 * <li><b>No listener, no cache</b>: until the listening connection is open, as soon as it fails, and when it has not
 * been heard for {@value #SILENCE_MILLIS} ms (a network silently lost: the listener checks its connection every
 * {@value #POLL_MILLIS} ms when nothing arrives), every read goes to the database and the entries are dropped; a new
 * connection starts from an empty cache, since notifications sent while it was away are lost.</li>
 * <li>A load that raced with an eviction is not kept (a generation counter), so a value read before a commit is never
 * stored after that commit's notification.</li>
 * </ul>
 */
@ApplicationScoped
public class TenantCache {

    /** The channel of the notifications. */
    public static final String CHANNEL = "maillage_cache";
    static final long POLL_MILLIS = 500;
    static final long SILENCE_MILLIS = 2_000;

    private static final Logger LOG = Logger.getLogger(TenantCache.class.getName());

    private final Map<String, Object> entries = new ConcurrentHashMap<>();
    private long generation;
    private volatile boolean listening;
    private volatile long heardAt;
    private volatile boolean running;
    private Thread listener;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * @return the cached value of {@code key}, or the loader's (kept when the listener is up and nothing changed
     * during the load); never null: loaders answer {@code Optional}s or empty collections
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> loader) {
        if (!trusted()) {
            return loader.get();
        }
        Object cached = entries.get(key);
        if (cached != null) {
            return (T) cached;
        }
        long before;
        synchronized (this) {
            before = generation;
        }
        T value = loader.get();
        synchronized (this) {
            if (generation == before && trusted()) {
                entries.put(key, value);
            }
        }
        return value;
    }

    /**
     * Evicts {@code key} now and, inside a transaction, again when it completes: for the instance that changes a
     * cooperation or its modules, so that its next request reads the change.
     */
    public void changed(String key) {
        evict(key);
        if (transaction != null && transaction.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to prepare
                }

                @Override
                public void afterCompletion(int status) {
                    evict(key);
                }
            });
        }
    }

    /** @return whether entries may be served: the listener is connected and was heard recently */
    public boolean trusted() {
        return listening && System.currentTimeMillis() - heardAt < SILENCE_MILLIS;
    }

    /** Starts the listener on connections from {@code connections} (reconnecting after a failure). */
    public synchronized void start(Connector connections) {
        if (running) {
            return;
        }
        running = true;
        listener = new Thread(() -> listen(connections), "maillage-cache-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @PreDestroy
    public void stop() {
        Thread thread;
        synchronized (this) {
            running = false;
            thread = listener;
            listener = null;
        }
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lost();
    }

    /** A source of unpooled connections for the listener. */
    @FunctionalInterface
    public interface Connector {
        Connection open() throws SQLException;
    }

    void listen(Connector connections) {
        long retry = 250;
        while (running) {
            try (Connection connection = connections.open()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                synchronized (this) {
                    entries.clear();
                    generation++;
                    heardAt = System.currentTimeMillis();
                    listening = true;
                }
                LOG.info("Listening to " + CHANNEL + ": cooperations and their modules are cached");
                retry = 250;
                while (running) {
                    PGNotification[] notifications = pg.getNotifications((int) POLL_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        for (PGNotification notification : notifications) {
                            evict(notification.getParameter());
                        }
                    } else if (!connection.isValid(1)) {
                        throw new SQLException("the listening connection does not answer");
                    }
                    heardAt = System.currentTimeMillis();
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.log(Level.WARNING, "Lost the " + CHANNEL + " listener (" + e.getMessage() + "): reading the database until it is back");
                }
            } finally {
                lost();
            }
            try {
                Thread.sleep(retry);
            } catch (InterruptedException e) {
                return;
            }
            retry = Math.min(retry * 2, 5_000);
        }
    }

    private synchronized void lost() {
        listening = false;
        entries.clear();
        generation++;
    }

    /** Evicts one entry, or all of them for {@code <what>:*} or a notification it does not understand. */
    synchronized void evict(String key) {
        generation++;
        if (key == null || key.endsWith(":*") || key.indexOf(':') < 0) {
            entries.clear();
        } else {
            entries.remove(key);
        }
    }

    /** @return the key of a cooperation's status */
    public static String tenantKey(String slug) {
        return "tenant:" + slug;
    }

    /** @return the key of a cooperation's enabled modules */
    public static String enablementKey(String slug) {
        return "enablement:" + slug;
    }
}
