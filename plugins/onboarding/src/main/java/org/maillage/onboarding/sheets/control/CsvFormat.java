package org.maillage.onboarding.sheets.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import org.maillage.onboarding.api.ImportFormat;
import org.maillage.onboarding.api.Sheet;
import org.maillage.platform.api.plugin.Contribution;

/** CSV text: whatever no other format took, asked last. */
@ApplicationScoped
@Contribution(order = 1000)
public class CsvFormat implements ImportFormat {

    @Override
    public boolean reads(Path file) {
        return true;
    }

    @Override
    public Sheet open(Path file) throws IOException {
        return CsvSheet.open(file);
    }
}
