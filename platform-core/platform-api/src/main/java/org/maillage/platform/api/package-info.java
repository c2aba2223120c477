/**
 * The public API of the Maillage platform: the only Maillage artifact a plugin compiles against.
 *
 * <p>Requirements it answers: a plugin acts for one cooperation (tenant) at a time and must never
 * see another's data; it declares what it needs from the platform instead of reaching into the
 * runtime.
 *
 * <p>Decisions: everything here is a plain interface, annotation or value type, so that the
 * runtime may change without breaking plugins. The runtime implements the interfaces as CDI beans;
 * plugins {@code @Inject} them.
 */
package org.maillage.platform.api;
