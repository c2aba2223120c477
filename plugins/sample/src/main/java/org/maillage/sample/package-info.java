/**
 * The sample plugin ({@code sample}, « Exemple ») — notes a cooperation writes — uses every extension
 * mechanism of the platform, so that it is both the model for plugin authors and the subject of the
 * platform's plugin tests.
 *
 * <ul>
 * <li>descriptor with settings, roles, a web page and an indicator: {@link org.maillage.sample.plugin.SamplePlugin};</li>
 * <li>a tenant-owned entity and its migrations ({@code db/migration/sample}), with a {@code @Version} so that
 * concurrent edits of a row give a 409: {@link org.maillage.sample.notes.entity.Note};</li>
 * <li>a REST resource under {@code /api/tenants/{tenant}/sample}: {@link org.maillage.sample.notes.boundary.NotesResource};</li>
 * <li>an event other plugins may observe: {@link org.maillage.sample.notes.entity.NoteWritten};</li>
 * <li>an extension point with its own contribution: {@link org.maillage.sample.notes.control.NoteDecorator};</li>
 * <li>personal data export and erasure, and the indicator's values;</li>
 * <li>e-mail through the platform's outbox: a note's copy to its author ({@code copyToAuthor}), queued with the note.</li>
 * </ul>
 */
package org.maillage.sample;
