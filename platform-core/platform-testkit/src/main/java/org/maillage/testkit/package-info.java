/**
 * The Maillage test kit: what a platform or plugin author needs to test against a real platform.
 *
 * <ul>
 * <li>{@link org.maillage.testkit.PlatformDeployment} — the assembled platform WAR as an Arquillian
 * deployment, pointed at the database the test run chose (H2 by default, or a fresh PostgreSQL
 * database).</li>
 * <li>{@link org.maillage.testkit.TestDatabase} — a PostgreSQL database with a unique name, created for
 * one test JVM and dropped when it ends.</li>
 * <li>{@link org.maillage.testkit.Api} — a small HTTP client that speaks the platform's JSON.</li>
 * </ul>
 *
 * <p>Decisions: tests deploy the WAR that {@code mvn package} built, never a hand-listed ShrinkWrap
 * archive, so what is tested is what runs. The database is chosen by the system property
 * {@value org.maillage.testkit.TestDatabase#PROPERTY} ({@code h2} or {@code postgresql}), so one suite
 * runs unchanged on both.
 */
package org.maillage.testkit;
