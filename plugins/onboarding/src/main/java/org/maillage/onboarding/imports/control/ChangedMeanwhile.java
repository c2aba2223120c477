package org.maillage.onboarding.imports.control;

/**
 * A volunteer of a chunk was changed by someone else between the chunk's read and its write: the chunk rolls back
 * whole and the import stops with this message; importing the file again completes it.
 */
class ChangedMeanwhile extends RuntimeException {

    ChangedMeanwhile() {
        super("Des bénévoles ont été modifiés pendant l’import : il s’est arrêté sans rien écraser. Importez le fichier"
                + " de nouveau pour le terminer (les lignes déjà importées resteront inchangées).");
    }
}
