package org.maillage.platform.http.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.Config;
import org.maillage.platform.api.errors.ApiError;
import org.maillage.platform.api.http.RateLimited;
import org.maillage.platform.http.control.ClientAddress;
import org.maillage.platform.http.control.RateCounters;
import org.maillage.platform.security.control.Caller;
import org.maillage.platform.security.control.TenantAccess;

/**
 * Enforces {@link RateLimited}: after the access checks (a refused caller spends nobody's budget), before
 * the endpoint. Over a limit: 429 in the common error shape with {@code Retry-After}. The limits are read
 * from the configuration at each request ({@code maillage.rate-limit.<name>.<count>}), the annotation
 * giving the defaults. The client address is the connection's, or, from a proxy listed in
 * {@code maillage.http.trusted-proxies}, the one it appended to {@code X-Forwarded-For} ({@link ClientAddress}).
 * The counters are each instance's own: behind N instances a limit lets through up to N times its figure.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 100)
public class RateLimitFilter implements ContainerRequestFilter {

    public static final String PREFIX = "maillage.rate-limit.";

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    RateCounters counters;

    @Inject
    Caller caller;

    @Inject
    Config config;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        RateLimited limit = method.getAnnotation(RateLimited.class);
        if (limit == null) {
            limit = resource.getResourceClass().getAnnotation(RateLimited.class);
        }
        if (limit == null) {
            return;
        }
        int window = setting(limit, "window-seconds", limit.windowSeconds());
        String slug = request.getUriInfo().getPathParameters().getFirst(TenantAccess.PATH_PARAMETER);
        String header = limit.header().isEmpty() ? null : request.getHeaderString(limit.header());
        long wait = Math.max(Math.max(
                count(limit, "per-client", limit.perClient(), client(), window),
                count(limit, "per-person", limit.perPerson(), caller.subject(), window)), Math.max(
                count(limit, "per-cooperation", limit.perCooperation(), slug, window),
                count(limit, "per-header", limit.perHeader(), header == null ? null : digest(header), window)));
        if (wait > 0) {
            request.abortWith(Response.fromResponse(ApiError.response(429,
                            "Trop de demandes en peu de temps : réessayez dans " + wait + " seconde" + (wait > 1 ? "s." : ".")))
                    .header("Retry-After", wait).build());
        }
    }

    private String client() {
        return new ClientAddress(config.getOptionalValue("maillage.http.trusted-proxies", String.class).orElse(null))
                .of(servletRequest.getRemoteAddr(), servletRequest.getHeader("X-Forwarded-For") == null ? null
                        : String.join(",", Collections.list(servletRequest.getHeaders("X-Forwarded-For"))));
    }

    /** @return 0 when within the limit (or not counted), else the seconds to wait */
    private long count(RateLimited limit, String what, int declared, String value, int window) {
        int max = setting(limit, what, declared);
        if (max <= 0 || value == null || value.isBlank()) {
            return 0;
        }
        OptionalLong wait = counters.hit(limit.value() + '\n' + what + '\n' + value, max, window);
        return wait.orElse(0);
    }

    private int setting(RateLimited limit, String what, int declared) {
        return config.getOptionalValue(PREFIX + limit.value() + "." + what, Integer.class).orElse(declared);
    }

    /** Header values (personal links) are bearer secrets: counted under their digest, not kept. */
    private static String digest(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
