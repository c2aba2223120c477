package org.maillage.testkit;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code PUT /maillage-test/config/<key>} (the body is the value) and {@code DELETE} of the same: the
 * test side of {@link LiveConfigSource}. Only in test deployments; outside {@code /api}, so it is in no
 * API description and no access matrix.
 */
@WebServlet(LiveConfigServlet.PATH + "/*")
public class LiveConfigServlet extends HttpServlet {

    static final String PATH = "/maillage-test/config";

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = key(request, response);
        if (key != null) {
            LiveConfigSource.VALUES.put(key, new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String key = key(request, response);
        if (key != null) {
            LiveConfigSource.VALUES.remove(key);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
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
