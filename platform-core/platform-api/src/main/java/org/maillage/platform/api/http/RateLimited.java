package org.maillage.platform.api.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how often an endpoint (a resource method, or every method of a resource class) may be called:
 * at most so many requests per window of {@link #windowSeconds()} seconds, counted separately for each
 * client address, each person (the caller's login), each cooperation (the {@code {tenant}} path
 * parameter) and each value of a request header (such as a personal link), for each count that is not 0.
 * Over a limit, the platform answers {@code 429} in the common error shape, with {@code Retry-After}
 * (seconds), and the endpoint does not run.
 *
 * <p>The values here are defaults: the configuration key {@code maillage.rate-limit.<name>.<count>}
 * ({@code per-client}, {@code per-person}, {@code per-cooperation}, {@code per-header}, {@code window-seconds})
 * overrides each, and is read at each request, so it can change while the platform runs. The counts are
 * kept in memory by each instance of the platform.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

    /** The limit's name, unique in the platform (prefix a plugin's with its id): its configuration keys use it. */
    String value();

    /** Requests per window from one client address (0: not counted). */
    int perClient() default 0;

    /** Requests per window by one signed-in person (0: not counted). */
    int perPerson() default 0;

    /** Requests per window in one cooperation (0: not counted). */
    int perCooperation() default 0;

    /** Requests per window carrying one value of {@link #header()} (0: not counted). */
    int perHeader() default 0;

    /** The request header counted by {@link #perHeader()}, such as a personal link. */
    String header() default "";

    /** The length of the window, in seconds. */
    int windowSeconds() default 60;
}
