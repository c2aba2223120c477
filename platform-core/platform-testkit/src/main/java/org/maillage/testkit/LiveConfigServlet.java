package org.maillage.testkit;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code PUT /maillage-test/config/<key>} (the body is the value) and {@code DELETE} of the same: the
 * test side of {@link LiveConfigSource}. Only in test deployments; outside {@code /api}, so it is in no
 * API description and no access matrix.
 *
 * <p>The test server caches configuration as a production server does (Payara's default); each change here clears
 * that cache, so that it applies at once. Looking every value up afresh at each use instead (a cache of 0 s) cost
 * the shared test server 6% of its CPU: Payara searches every source, JNDI included, at each lookup.
 */
@WebServlet(LiveConfigServlet.PATH + "/*")
public class LiveConfigServlet extends HttpServlet {

    static final String PATH = "/maillage-test/config";

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = key(request, response);
        if (key != null) {
            LiveConfigSource.VALUES.put(key, new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            forgetCachedValues();
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = key(request, response);
        if (key != null) {
            LiveConfigSource.VALUES.remove(key);
            forgetCachedValues();
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
    }

    /** Clears Payara's cache of looked-up values ({@code PayaraConfig.clearCache()}); a server without one has nothing to clear. */
    private static void forgetCachedValues() {
        Config config = ConfigProvider.getConfig();
        try {
            config.getClass().getMethod("clearCache").invoke(config);
        } catch (NoSuchMethodException e) {
            // not Payara's configuration: it keeps no cache to clear
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The configuration's cache could not be cleared", e);
        }
    }

    private static String key(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "PUT or DELETE " + PATH + "/<key>");
            return null;
        }
        return path.substring(1);
    }
}
