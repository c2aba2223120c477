import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's ceiling for a read by primary key: {@code connections} threads, each with its own JDBC connection
 * (no pool, no JPA, no HTTP), each running {@code sql} with one random id of {@code ids} as fast as it can for
 * {@code seconds}, every column read. Prints one line like the wrk script's:
 * {@code requests/s p50 p90 p99 p999 (ms) errors requests}.
 *
 * <pre>java -cp postgresql.jar JdbcLoad.java URL USER PASSWORD CONNECTIONS SECONDS IDS_FILE "select * from t where id = ?"</pre>
 */
public class JdbcLoad {

    public static void main(String[] args) throws Exception {
        String url = args[0], user = args[1], password = args[2], sql = args[6];
        int connections = Integer.parseInt(args[3]);
        long seconds = Long.parseLong(args[4]);
        List<String> ids = Files.readAllLines(Path.of(args[5])).stream().filter(s -> !s.isBlank()).toList();
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        AtomicLong errors = new AtomicLong();
        Thread[] threads = new Thread[connections];
        // the clock starts once every connection is open: opening 64 of them on a loaded machine took seconds
        java.util.concurrent.CyclicBarrier opened = new java.util.concurrent.CyclicBarrier(connections);
        long[] window = new long[2];
        for (int t = 0; t < connections; t++) {
            int me = t;
            threads[t] = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                Connection c = null;
                try {
                    c = DriverManager.getConnection(url, user, password);
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println(e);
                }
                try {
                    opened.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                synchronized (window) {
                    if (window[0] == 0) {
                        window[0] = System.nanoTime();
                        window[1] = window[0] + seconds * 1_000_000_000L;
                    }
                }
                long end = window[1];
                if (c == null) {
                    latencies[me] = mine;
                    return;
                }
                try (Connection open = c; PreparedStatement s = open.prepareStatement(sql)) {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        try {
                            s.setString(1, ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                            try (ResultSet r = s.executeQuery()) {
                                ResultSetMetaData m = r.getMetaData();
                                while (r.next()) {
                                    for (int i = 1; i <= m.getColumnCount(); i++) {
                                        r.getObject(i);
                                    }
                                }
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - start;
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println(e);
                }
                latencies[me] = mine;
                counts[me] = n;
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        System.out.printf(java.util.Locale.ROOT, "%.1f\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%d%n", total / (double) seconds,
                ms(all, 0.50), ms(all, 0.90), ms(all, 0.99), ms(all, 0.999), errors.get(), total);
    }

    private static double ms(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
