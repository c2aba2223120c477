package org.maillage.platform.api.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint whose work grows with a cooperation's data (a list or a search over all its volunteers, a count):
 * on each instance, at most {@code maillage.http.heavy.per-cooperation} (default 8) such requests of one cooperation
 * run at once; another waits up to {@code maillage.http.heavy.wait-ms} (default 1,000) for its turn, then is answered
 * {@code 503} in the common error shape with {@code Retry-After}. Their database statements are cancelled after
 * {@code maillage.http.heavy.statement-timeout-ms} (default 5,000; answered 503 too). So one cooperation's heavy
 * requests never hold every connection of the pool nor every core, and the others keep being served.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Heavy {
}
