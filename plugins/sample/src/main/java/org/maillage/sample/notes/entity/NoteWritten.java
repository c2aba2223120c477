package org.maillage.sample.notes.entity;

import org.maillage.platform.api.event.TenantEvent;

/** Fired when a note is written; other plugins may observe it. */
public record NoteWritten(String tenant, String noteId, String text) implements TenantEvent {
}
