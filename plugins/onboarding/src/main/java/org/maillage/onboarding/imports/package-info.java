/**
 * Imports of JeVeuxAider exports.
 *
 * <p>Requirements (issue 6, item 1): the profiles exports and the participations export, CSV or
 * XLSX; a 300,000-row file never whole in memory; a job with its state and counts, visible while it
 * runs; per-row problems with line and reason, downloadable; duplicates merged on the normalised
 * e-mail; importing the same file again changes nothing; a dry run reports what would change; an
 * ambiguous postcode keeps its candidate communes; a size limit with a clear message.
 *
 * <p>Decisions:
 * <ul>
 * <li><b>Upload, then background.</b> {@code POST …/onboarding/imports} streams the multipart body
 * to a temporary file, counting against {@code onboarding.max-upload-mb} (413 beyond, at once when
 * the declared length says so), stores the job and answers 202; the import runs on the server's
 * {@code ManagedExecutorService} as the cooperation ({@code TenantWork}) and deletes the file at the
 * end. One import at a time per cooperation (409 otherwise): two overlapping files would race on the
 * same addresses.</li>
 * <li><b>The slot is a row in PostgreSQL, with a lease</b> ({@code onboarding_import_slot}, {@code ImportSlots}), not
 * memory: with several instances behind a proxy, the one-import rule holds whichever instance receives the upload, and
 * a job's progress is read from any instance. The instance running the import renews its lease every 15 s; when it
 * dies, the lease lapses 60 s later ({@code maillage.onboarding.import-lease-seconds}) and the job is reported failed
 * (interrupted) by the next instance that reads it or takes the slot. It is not taken over: the uploaded file lived on
 * the dead instance's disk; importing it again completes it. It is never imported twice at once: each chunk locks
 * the slot row and checks its lease in its own transaction, so a stalled instance that lost its slot writes
 * nothing more, and the job it no longer holds is not marked done.</li>
 * <li><b>Chunks of 5,000 rows</b>, each in its own transaction with the job's progress: memory stays
 * flat and the counts move while it runs. A failure midway keeps the chunks committed; importing
 * the file again completes it, since merging is idempotent.</li>
 * <li><b>Set-based writes.</b> A chunk reads what it needs with one query per kind (volunteers by address, erased
 * addresses, phones), decides each row in memory with the entities' own rules (so the counts, problems and merge
 * rules are those of one row at a time), and writes with the platform's bulk path ({@code BulkWriter}: {@code COPY}
 * into a staging table, one {@code INSERT … ON CONFLICT} into the volunteers, one insert of the transitions), in the
 * chunk's transaction and behind the same wall; the tenant column is the platform's to write. A stored volunteer is
 * updated only if it is still the version the chunk read: one changed meanwhile by a coordinator stops the import
 * with a clear message rather than being overwritten. Each state change an import makes is still announced
 * ({@code VolunteerStateChanged}), after its rows are written; a dry run announces nothing.</li>
 * <li><b>Dry run = the same code in one transaction rolled back</b> (flushed and cleared after each
 * chunk): its report is exactly what the import would do, including duplicates within the file, with
 * no second implementation to drift. The report (job and problems) is written in transactions of its own.</li>
 * <li><b>Merging fills blanks and never overwrites</b>: what a coordinator or the volunteer wrote
 * wins over an export. So a second import of the same file finds nothing to fill: every row is
 * « unchanged ». The counts: each row read is exactly one of created, merged (it added something),
 * unchanged, rejected.</li>
 * <li><b>Participation status</b> may move a NEW volunteer to CONTACTED (« En cours de traitement »,
 * « Validée »), recorded as a transition by the importer; see
 * {@link org.maillage.onboarding.imports.control.ParticipationStatus}.</li>
 * <li><b>Rejected rows</b>: a missing or invalid e-mail, or a person who had their data erased.
 * Other unreadable values are warnings: the row is imported without them. At most 10,000 problems
 * are kept per import (the counts stay complete); they hold the line, the column, the faulty value
 * and the reason, never the rest of the row — but the row's normalised address, in a column of its own
 * that is never shown, for an exact erasure. The CSV download ({@code errors.csv}, or
 * {@code Accept: text/csv}) uses {@code ;} and a byte-order mark, for French spreadsheets, and is audited.</li>
 * <li><b>Multipart through Jakarta REST's {@code EntityPart}</b> ({@code ImportForm}), with the
 * server's reader asked for by hand: the body is counted against the limit while it is read, and the
 * endpoint declares no {@code @Consumes} so that the access checks answer before any content-type check
 * (the access matrix sends JSON everywhere).</li>
 * <li>A job left QUEUED or RUNNING by an instance that stopped is reported FAILED (interrupted) when read, once its
 * lease has lapsed.</li>
 * <li>An import job carries a {@code @Version}: only its import writes it, one chunk after the other; a second
 * writer would fail rather than overwrite.</li>
 * </ul>
 */
package org.maillage.onboarding.imports;
