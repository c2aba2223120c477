package org.maillage.sample.notes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.maillage.platform.api.plugin.Contribution;
import org.maillage.platform.api.settings.TenantSettings;
import org.maillage.sample.plugin.SamplePlugin;

/** The sample's own contribution to its extension point: signs the note, last. */
@ApplicationScoped
@Contribution(order = 1000)
public class Signature implements NoteDecorator {

    @Inject
    TenantSettings settings;

    @Override
    public String decorate(String text) {
        return text + " " + settings.value(SamplePlugin.SIGNATURE.key());
    }
}
