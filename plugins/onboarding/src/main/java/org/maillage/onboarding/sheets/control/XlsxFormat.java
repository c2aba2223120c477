package org.maillage.onboarding.sheets.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import org.maillage.onboarding.api.ImportFormat;
import org.maillage.onboarding.api.Sheet;
import org.maillage.platform.api.plugin.Contribution;

/** XLSX workbooks: any ZIP archive that a format asked before did not take. */
@ApplicationScoped
@Contribution(order = 900)
public class XlsxFormat implements ImportFormat {

    @Override
    public boolean reads(Path file) throws IOException {
        return Sheets.startsWith(file, Sheets.ZIP);
    }

    @Override
    public Sheet open(Path file) throws IOException {
        return XlsxSheet.open(file);
    }
}
