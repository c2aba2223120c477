package org.maillage.platform.http.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.maillage.platform.persistence.control.StatementBudget;

/**
 * Gives back the turn a heavy request took in {@link HeavyFilter} and clears its statement budget when the request
 * ends, answered, failed or abandoned: a servlet filter's {@code finally}, which every request passes through.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class HeavyRelease extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            release(request);
        }
    }

    static void release(ServletRequest request) {
        Object turn = request.getAttribute(HeavyFilter.TURN);
        if (turn instanceof Runnable give) {
            request.removeAttribute(HeavyFilter.TURN);
            give.run();
        }
        StatementBudget.clear();
    }
}
