package org.maillage.demodata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the tab-separated reference files: {@code #} comment lines, one header line, then rows with no
 * quoting (see tenants/reference/README.md). The caller names the columns it wants; each row is handed
 * over as those fields, in that order, so a reordering of the file's columns does no harm.
 */
final class Tsv {

    private Tsv() {
    }

    static void read(InputStream in, String source, List<String> columns, Consumer<String[]> handler)
            throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            int[] indexes = null;
            int width = 0;
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (indexes == null) {
                    List<String> header = List.of(fields);
                    width = fields.length;
                    indexes = new int[columns.size()];
                    for (int i = 0; i < indexes.length; i++) {
                        indexes[i] = header.indexOf(columns.get(i));
                        if (indexes[i] < 0) {
                            throw new IOException(source + ": no column '" + columns.get(i) + "' in " + header);
                        }
                    }
                    continue;
                }
                if (fields.length != width) {
                    throw new IOException(source + " line " + lineNumber + ": " + fields.length + " fields, expected "
                            + width + ": " + Arrays.toString(fields));
                }
                String[] wanted = new String[indexes.length];
                for (int i = 0; i < indexes.length; i++) {
                    wanted[i] = fields[indexes[i]];
                }
                handler.accept(wanted);
            }
            if (indexes == null) {
                throw new IOException(source + ": no header line");
            }
        }
    }
}
