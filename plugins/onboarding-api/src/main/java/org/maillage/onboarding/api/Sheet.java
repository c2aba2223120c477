package org.maillage.onboarding.api;

import java.io.Closeable;
import java.io.IOException;

/**
 * A table read row by row from a file, never held whole in memory. Blank rows are skipped.
 * Not thread-safe; close it to release the file.
 */
public interface Sheet extends Closeable {

    /**
     * @return the next row that is not blank, or null at the end
     * @throws UnreadableFile when the file is malformed at this point, with a French message
     */
    Row next() throws IOException;

    /** @return how much of the file was read, from 0 to 1 */
    double progress();

    /** @return what was recognised, in French, for example « CSV, UTF-8 avec BOM, séparateur « ; » » */
    String description();
}
