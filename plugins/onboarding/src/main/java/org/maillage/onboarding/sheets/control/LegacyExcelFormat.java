package org.maillage.onboarding.sheets.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import org.maillage.onboarding.api.ImportFormat;
import org.maillage.onboarding.api.Sheet;
import org.maillage.onboarding.api.UnreadableFile;
import org.maillage.platform.api.plugin.Contribution;

/** Old binary Excel files (.xls, OLE2): recognised first, to be refused with advice rather than read as text. */
@ApplicationScoped
@Contribution(order = 10)
public class LegacyExcelFormat implements ImportFormat {

    @Override
    public boolean reads(Path file) throws IOException {
        return Sheets.startsWith(file, Sheets.OLE2);
    }

    @Override
    public Sheet open(Path file) {
        throw new UnreadableFile("Les fichiers Excel anciens (.xls) ne sont pas pris en charge : "
                + "enregistrez le fichier au format .xlsx ou .csv.");
    }
}
