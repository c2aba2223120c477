package org.maillage.sample.notes.control;

import org.maillage.platform.api.plugin.ExtensionPoint;

/**
 * The sample's extension point: contributions change the text of a note before it is stored,
 * in their order. Other plugins contribute by implementing it and depending on {@code sample}.
 */
@ExtensionPoint(plugin = "sample")
public interface NoteDecorator {

    String decorate(String text);
}
