package org.maillage.onboarding.sheets.control;

import org.maillage.onboarding.api.UnreadableFile;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings of a workbook ({@code xl/sharedStrings.xml}), which most cells point to by index.
 *
 * <p>In an export every e-mail address is a distinct shared string, so the table is about as large as
 * the data: it is not kept in memory. While parsing, the strings are written one after the other to a
 * temporary file (UTF-8) and only their offsets are kept (8 bytes each). When the strings total at
 * most {@value #IN_MEMORY_BYTES} bytes the file is read back into one byte array; above, each string is
 * read from the file when asked for, behind a small cache (names and postcodes repeat).
 */
final class SharedStrings implements Closeable {

    static final int IN_MEMORY_BYTES = 8 * 1024 * 1024;
    private static final int CACHE = 4096;

    private final Path file;
    private long[] offsets;
    private int count;
    private byte[] inMemory;
    private FileChannel channel;
    private final Map<Integer, String> cache = new LinkedHashMap<>(CACHE * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
            return size() > CACHE;
        }
    };

    private SharedStrings(Path file) {
        this.file = file;
        this.offsets = new long[1024];
    }

    static SharedStrings none() {
        SharedStrings strings = new SharedStrings(null);
        strings.inMemory = new byte[0];
        return strings;
    }

    /** Parses the table from its XML, spilling the strings to a temporary file. */
    static SharedStrings read(InputStream xml) throws IOException {
        return read(xml, IN_MEMORY_BYTES);
    }

    /** @param inMemoryBytes up to how many bytes of strings are read back into memory */
    static SharedStrings read(InputStream xml, long inMemoryBytes) throws IOException {
        SharedStrings strings = new SharedStrings(Files.createTempFile("maillage-sst-", ".txt"));
        try {
            strings.parse(xml, inMemoryBytes);
        } catch (IOException | RuntimeException e) {
            strings.close();
            throw e;
        }
        return strings;
    }

    private void parse(InputStream xml, long inMemoryBytes) throws IOException {
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            XMLStreamReader reader = Xml.reader(xml);
            StringBuilder text = new StringBuilder();
            boolean inSi = false;
            int ignoredDepth = 0;
            boolean inT = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (name.equals("si")) {
                        inSi = true;
                        text.setLength(0);
                    } else if (name.equals("rPh") || name.equals("phoneticPr")) {
                        ignoredDepth++;
                    } else if (name.equals("t") && inSi && ignoredDepth == 0) {
                        inT = true;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (inT) {
                        text.append(reader.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = reader.getLocalName();
                    if (name.equals("t")) {
                        inT = false;
                    } else if (name.equals("rPh") || name.equals("phoneticPr")) {
                        ignoredDepth--;
                    } else if (name.equals("si")) {
                        inSi = false;
                        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                        offset(written);
                        out.write(bytes);
                        written += bytes.length;
                    }
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw new UnreadableFile("Le classeur XLSX est illisible (textes partagés) : " + e.getMessage(), e);
        }
        offset(written);
        count--;
        if (written <= inMemoryBytes) {
            inMemory = Files.readAllBytes(file);
            Files.deleteIfExists(file);
        } else {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        }
    }

    private void offset(long value) {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[count++] = value;
    }

    int size() {
        return count;
    }

    /** @return the string at {@code index}, or an empty text for an index outside the table */
    String get(int index) throws IOException {
        if (index < 0 || index >= count) {
            return "";
        }
        int length = (int) (offsets[index + 1] - offsets[index]);
        if (inMemory != null) {
            return new String(inMemory, (int) offsets[index], length, StandardCharsets.UTF_8);
        }
        String cached = cache.get(index);
        if (cached != null) {
            return cached;
        }
        ByteBuffer bytes = ByteBuffer.allocate(length);
        long at = offsets[index];
        while (bytes.hasRemaining()) {
            int n = channel.read(bytes, at + bytes.position());
            if (n < 0) {
                throw new IOException("Shared strings file truncated");
            }
        }
        String value = new String(bytes.array(), StandardCharsets.UTF_8);
        cache.put(index, value);
        return value;
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
