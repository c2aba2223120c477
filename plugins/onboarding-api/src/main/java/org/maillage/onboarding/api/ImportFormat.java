package org.maillage.onboarding.api;

import java.io.IOException;
import java.nio.file.Path;
import org.maillage.platform.api.plugin.ExtensionPoint;

/**
 * A file format the import reads. Onboarding contributes its own — the old binary Excel refusal
 * (order 10), XLSX (order 900, any ZIP archive) and CSV (order 1000, anything else) — so a plugin's
 * format at the default order (100) is asked before the built-in ones: an ODS reader recognises its
 * ZIP archive before XLSX takes it. The first contribution that {@link #reads} the file opens it.
 */
@ExtensionPoint(plugin = "onboarding")
public interface ImportFormat {

    /** @return whether this format reads the file, judged by its content (the name is not kept) */
    boolean reads(Path file) throws IOException;

    /**
     * @return the file's first table, read row by row, never whole in memory
     * @throws UnreadableFile when the file is malformed, with a French message
     */
    Sheet open(Path file) throws IOException;
}
