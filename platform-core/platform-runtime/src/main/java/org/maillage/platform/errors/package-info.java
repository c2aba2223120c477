/**
 * One error shape for every 4xx and 5xx answer of the API.
 *
 * <p>Requirements: a user who types or uploads something wrong gets a 4xx with a readable French
 * message, and per-field errors for validation; nothing a user can send produces a 500. A database out
 * of reach (refused or lost connection, server shutting down) is a fault of the moment, not a bug: 503 with
 * {@code Retry-After}, logged in one line ({@code DatabaseUnavailable}).
 *
 * <p>Decisions: the body is {@code {"status": 400, "message": "...", "fields": [{"field": "slug", "message": "..."}]}}.
 * Code that refuses a request throws {@link org.maillage.platform.api.errors.ApiError} with a
 * French message. Exceptions raised by the JAX-RS runtime (unknown path, wrong method, wrong content
 * type, malformed JSON) are mapped to the same shape with a French message chosen by status; so are the
 * container's own errors (unknown paths, invalid tokens: never Payara's HTML page). Concurrent changes (a stale
 * {@code @Version}, a unique key taken by a concurrent insert) are 409, whatever module raised them. An
 * unexpected exception is logged with an id and answered 500 with that id only, never a stack trace.
 */
package org.maillage.platform.errors;
