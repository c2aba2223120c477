/**
 * The HTTP face of the platform: every API resource is under {@code /api}.
 *
 * <p>Decisions: JAX-RS discovers resources and providers in the platform and in every plugin JAR,
 * so adding a plugin never touches this package. Request bodies are limited in size before they are
 * read (413 with the common error shape), so nobody can exhaust memory with one request.
 */
package org.maillage.platform.http;
