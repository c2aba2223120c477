package org.maillage.demodata;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Where rows go: a CSV or an XLSX file, written as they come. */
interface RowSink extends Closeable {

    /** The header row; {@code numeric} tells which columns hold numbers. */
    void header(List<String> columns, boolean[] numeric) throws IOException;

    /** A data row; it may have fewer cells than the header (a dirty row). */
    void row(String[] cells) throws IOException;

    /** An empty line (an empty row in XLSX). */
    void blankLine() throws IOException;

    /** A line of separators only, as a spreadsheet saves an empty row; an empty row in XLSX. */
    void separatorOnlyLine(int columns) throws IOException;
}
