/**
 * The Maillage test kit: what a platform or plugin author needs to test against a real platform.
 *
 * <ul>
 * <li>{@link org.maillage.testkit.PlatformDeployment} — the assembled platform WAR as an Arquillian
 * deployment, pointed at this test JVM's database, with a known audit hash key
 * ({@link org.maillage.testkit.PlatformDeployment#AUDIT_HASH_KEY}) so a test can compute the hash under which
 * the audit names a person.</li>
 * <li>{@link org.maillage.testkit.TestDatabase} — a PostgreSQL database with a unique name, created for
 * one test JVM and dropped when it ends: on the server of {@code MAILLAGE_TEST_PG_URL}, else on an
 * embedded PostgreSQL that the test kit starts itself.</li>
 * <li>{@link org.maillage.testkit.Api} — a small HTTP client that speaks the platform's JSON.</li>
 * </ul>
 *
 * <p>Decisions: tests deploy the WAR that {@code mvn package} built, never a hand-listed ShrinkWrap
 * archive, so what is tested is what runs. Tests run on PostgreSQL, the engine of production, and need
 * none installed: without {@code MAILLAGE_TEST_PG_URL} the test kit runs PostgreSQL's own binaries
 * (from Maven Central) as an embedded server.
 */
package org.maillage.testkit;
