package org.maillage.testkit;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * {@code GET /maillage-test/log}: every log record of the server since the test deployment started (the root
 * logger's, with messages formatted and stack traces written out), as plain text: the test side of
 * {@link ServerLog}. Only in test deployments; outside {@code /api}. Kept in memory up to
 * {@value #MAX_CHARS} characters, the oldest dropped first (the answer says so).
 */
@WebServlet(ServerLogServlet.PATH)
@WebListener
public class ServerLogServlet extends HttpServlet implements ServletContextListener {

    static final String PATH = "/maillage-test/log";
    static final int MAX_CHARS = 32 * 1024 * 1024;

    private static final Kept KEPT = new Kept();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Logger.getLogger("").addHandler(KEPT);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Logger.getLogger("").removeHandler(KEPT);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(KEPT.text());
    }

    /** The records, formatted as they come. */
    private static final class Kept extends Handler {

        private final StringBuilder text = new StringBuilder();
        private long dropped;

        Kept() {
            setLevel(Level.ALL);
        }

        @Override
        public synchronized void publish(LogRecord record) {
            text.append(record.getLevel()).append(' ').append(record.getLoggerName()).append(": ");
            String message = record.getMessage();
            try {
                message = new java.util.logging.SimpleFormatter().formatMessage(record);
            } catch (RuntimeException e) {
                // keep the raw message
            }
            text.append(message).append('\n');
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                text.append(trace);
            }
            if (text.length() > MAX_CHARS) {
                int cut = text.length() - MAX_CHARS / 2;
                dropped += cut;
                text.delete(0, cut);
            }
        }

        synchronized String text() {
            return (dropped > 0 ? "[" + dropped + " older characters dropped]\n" : "") + text;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
