package org.maillage.experience.fiches.control;

import org.maillage.experience.fiches.entity.Fiche;
import org.maillage.experience.fiches.entity.FicheState;
import org.maillage.experience.network.control.Writer;

/**
 * Who reads or writes the cooperation's fiches: a coordinator reads and writes them all and decides who reads
 * them; a team referent reads those shared with the cooperation or the network and their own drafts, and writes
 * their own.
 */
public record Viewer(Writer writer, boolean coordinator) {

    public boolean reads(Fiche fiche) {
        return coordinator || fiche.state() != FicheState.DRAFT || fiche.writtenBy(writer.login());
    }

    public boolean writes(Fiche fiche) {
        return coordinator || fiche.writtenBy(writer.login());
    }
}
