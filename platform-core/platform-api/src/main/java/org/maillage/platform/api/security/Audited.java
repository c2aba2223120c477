package org.maillage.platform.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Records a read in the audit log, as every write is: for reads that disclose personal data
 * (exports, lists of problems with their values). Every answer of the method is recorded, whatever media
 * type the client asked for ({@code Accept: text/csv} included). Writes need no annotation; reads that
 * answer a download ({@code Content-Disposition}) are recorded without it too. The audit keeps the path,
 * never the query string: take a person's address in a POST body, not in the URL.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {
}
