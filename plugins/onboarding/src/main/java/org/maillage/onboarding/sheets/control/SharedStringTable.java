package org.maillage.onboarding.sheets.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.maillage.onboarding.api.UnreadableFile;

/**
 * A workbook's shared strings, read once and held compactly with hard bounds: at most {@link #maxStrings}
 * strings and {@link #maxBytes} bytes of text, else the workbook is refused. POI's own read-only table keeps
 * one {@code String} per entry (a hundred million empty strings in a 730 kB file exhausted the heap); here
 * every string is UTF-8 in 1 MB blocks, prefixed by its length, and found through an index in blocks of
 * 64 Ki entries (block and offset in one {@code int}): about 5 bytes per string plus its text, never more
 * than the bounds.
 *
 * <p>Only the text of {@code <t>} elements counts, outside phonetic runs ({@code <rPh>}).
 */
final class SharedStringTable {

    static final int DEFAULT_MAX_STRINGS = 4_000_000;
    static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    private static final int BLOCK = 1 << 20;
    private static final int INDEX_BLOCK = 1 << 16;

    private final int maxStrings;
    private final long maxBytes;
    private final List<byte[]> blocks = new ArrayList<>();
    private final List<int[]> index = new ArrayList<>();
    private int count;
    private int used = BLOCK;
    private long bytes;

    private SharedStringTable(int maxStrings, long maxBytes) {
        this.maxStrings = maxStrings;
        this.maxBytes = maxBytes;
    }

    static SharedStringTable empty() {
        return new SharedStringTable(0, 0);
    }

    /**
     * @param xml the shared-strings part, read with a reader that refuses DTDs
     * @throws UnreadableFile over the bounds, or when a string is longer than {@code maxCell} characters
     */
    static SharedStringTable read(XMLStreamReader xml, int maxStrings, long maxBytes, int maxCell) throws XMLStreamException {
        SharedStringTable table = new SharedStringTable(maxStrings, maxBytes);
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "si" -> text.setLength(0);
                    case "t" -> inText = phonetic == 0;
                    case "rPh" -> phonetic++;
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "si" -> table.add(text);
                    case "t" -> inText = false;
                    case "rPh" -> phonetic--;
                    default -> {
                    }
                }
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                if (text.length() + xml.getTextLength() > maxCell) {
                    throw new UnreadableFile("Le classeur XLSX contient un texte partagé de plus de " + SheetLimits.number(maxCell) + " caractères.");
                }
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            }
        }
        return table;
    }

    private void add(CharSequence text) {
        if (count >= maxStrings) {
            throw new UnreadableFile("Le classeur XLSX contient plus de " + SheetLimits.number(maxStrings)
                    + " textes partagés : il ne peut pas venir d'un export et n'est pas lu.");
        }
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        int length = utf8.length;
        int needed = length + 5;
        bytes += needed;
        if (bytes > maxBytes) {
            throw new UnreadableFile("Les textes partagés du classeur XLSX dépassent " + (maxBytes / (1024 * 1024))
                    + " Mo : il ne peut pas venir d'un export et n'est pas lu.");
        }
        if (used + needed > BLOCK) {
            blocks.add(new byte[BLOCK]);
            used = 0;
        }
        byte[] block = blocks.get(blocks.size() - 1);
        int start = used;
        while (length >= 0x80) {
            block[used++] = (byte) (length & 0x7F | 0x80);
            length >>>= 7;
        }
        block[used++] = (byte) length;
        System.arraycopy(utf8, 0, block, used, utf8.length);
        used += utf8.length;
        if (count % INDEX_BLOCK == 0) {
            index.add(new int[INDEX_BLOCK]);
        }
        index.get(count / INDEX_BLOCK)[count % INDEX_BLOCK] = (blocks.size() - 1) << 20 | start;
        count++;
    }

    int size() {
        return count;
    }

    /** @return the string at {@code i}, or "" when there is none (a cell pointing outside the table) */
    String get(int i) {
        if (i < 0 || i >= count) {
            return "";
        }
        int entry = index.get(i / INDEX_BLOCK)[i % INDEX_BLOCK];
        byte[] block = blocks.get(entry >>> 20);
        int at = entry & (BLOCK - 1);
        int length = 0;
        int shift = 0;
        byte b;
        do {
            b = block[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return new String(block, at, length, StandardCharsets.UTF_8);
    }
}
