package org.maillage.onboarding.imports.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code multipart/form-data} body read as a stream: the part named {@value #FILE_FIELD} goes
 * straight to a temporary file, counted against a limit; the other parts are small text fields.
 * Nothing of the file is held in memory beyond a 64 KB buffer.
 *
 * <p>Written here rather than with the JAX-RS multipart support so that the limit applies while
 * reading, with the platform's French errors, and so that the endpoint accepts any content type
 * until it is called (the access filters answer first).
 */
final class MultipartForm {

    static final String FILE_FIELD = "file";
    private static final int MAX_HEADERS = 16 * 1024;
    private static final int MAX_FIELD = 4 * 1024;

    /** The body was larger than allowed. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    /** The body is not the multipart form expected, with a French message. */
    static final class Malformed extends IOException {
        Malformed(String message) {
            super(message);
        }
    }

    /**
     * @param file     the temporary file holding the uploaded file, null when the form had no file part
     * @param fileName the name the browser gave, null when none
     * @param size     its size in bytes
     * @param fields   the other fields, by name
     */
    record Result(Path file, String fileName, long size, Map<String, String> fields) {
    }

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer;
    private int start;
    private int end;
    private boolean eof;

    private MultipartForm(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.buffer = new byte[64 * 1024];
        // a line break is put before the body, so that the first boundary reads like all the others
        buffer[0] = '\r';
        buffer[1] = '\n';
        end = 2;
    }

    /** @return the boundary of a multipart/form-data content type, or null when it is not one */
    static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        String boundary = parameters(contentType).get("boundary");
        return boundary == null || boundary.isEmpty() || boundary.length() > 200 ? null : boundary;
    }

    /**
     * Reads the form, writing the file part to a new temporary file in {@code directory}. The caller
     * deletes the file; on any failure it is already deleted.
     */
    static Result read(InputStream in, String boundary, long maxFileBytes, Path directory) throws IOException {
        MultipartForm form = new MultipartForm(in, boundary);
        Path file = null;
        try {
            if (!form.copyPart(OutputStream.nullOutputStream(), Long.MAX_VALUE)) {
                throw new Malformed("Le corps de la requête n’est pas un formulaire multipart valide.");
            }
            String fileName = null;
            long size = 0;
            Map<String, String> fields = new HashMap<>();
            while (form.nextPart()) {
                Map<String, String> disposition = parameters(form.headers().getOrDefault("content-disposition", ""));
                String name = disposition.getOrDefault("name", "");
                if (name.equals(FILE_FIELD) && file == null) {
                    file = Files.createTempFile(directory, "maillage-import-", ".upload");
                    fileName = fileName(disposition);
                    try (OutputStream out = Files.newOutputStream(file)) {
                        size = form.copyPartOrFail(out, maxFileBytes);
                    }
                } else {
                    ByteArrayOutputStream value = new ByteArrayOutputStream();
                    form.copyPartOrFail(value, MAX_FIELD);
                    fields.put(name, value.toString(StandardCharsets.UTF_8));
                }
            }
            return new Result(file, fileName, size, fields);
        } catch (IOException | RuntimeException e) {
            if (file != null) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    private long copyPartOrFail(OutputStream out, long limit) throws IOException {
        long[] size = new long[1];
        if (!copyPart(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                size[0] += length;
                if (size[0] > limit) {
                    throw new TooLarge();
                }
                out.write(bytes, offset, length);
            }
        }, limit)) {
            throw new Malformed("Le formulaire envoyé est incomplet (la fin d’une partie manque).");
        }
        return size[0];
    }

    /** Copies bytes up to the next delimiter, consumed. @return false when the body ended without one */
    private boolean copyPart(OutputStream out, long limit) throws IOException {
        while (true) {
            int found = indexOfDelimiter();
            if (found >= 0) {
                out.write(buffer, start, found - start);
                start = found + delimiter.length;
                return true;
            }
            int safe = end - (delimiter.length - 1);
            if (safe > start) {
                out.write(buffer, start, safe - start);
                start = safe;
            }
            if (eof) {
                return false;
            }
            fill();
        }
    }

    private int indexOfDelimiter() {
        int last = end - delimiter.length;
        outer:
        for (int i = start; i <= last; i++) {
            if (buffer[i] != delimiter[0]) {
                continue;
            }
            for (int k = 1; k < delimiter.length; k++) {
                if (buffer[i + k] != delimiter[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Moves what is left to the start of the buffer and reads more after it. */
    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            return;
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    private boolean ensure(int count) throws IOException {
        while (end - start < count && !eof) {
            fill();
        }
        return end - start >= count;
    }

    /** After a delimiter: @return true when a part follows (its headers are next), false after the closing one */
    private boolean nextPart() throws IOException {
        if (!ensure(2)) {
            return false;
        }
        if (buffer[start] == '-' && buffer[start + 1] == '-') {
            return false;
        }
        // transport padding, then the line break
        while (ensure(1) && (buffer[start] == ' ' || buffer[start] == '\t')) {
            start++;
        }
        if (!ensure(2) || buffer[start] != '\r' || buffer[start + 1] != '\n') {
            throw new Malformed("Le corps de la requête n’est pas un formulaire multipart valide.");
        }
        start += 2;
        return true;
    }

    private Map<String, String> headers;

    /** Reads the headers of the current part, up to the empty line. */
    private Map<String, String> headers() throws IOException {
        headers = new HashMap<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int total = 0;
        while (true) {
            if (!ensure(1)) {
                throw new Malformed("Le formulaire envoyé est incomplet (en-têtes d’une partie).");
            }
            byte b = buffer[start++];
            if (++total > MAX_HEADERS) {
                throw new Malformed("Les en-têtes d’une partie du formulaire sont trop longs.");
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8).strip();
                line.reset();
                if (text.isEmpty()) {
                    return headers;
                }
                int colon = text.indexOf(':');
                if (colon > 0) {
                    headers.put(text.substring(0, colon).trim().toLowerCase(Locale.ROOT), text.substring(colon + 1).trim());
                }
            } else {
                line.write(b);
            }
        }
    }

    /** @return the parameters of a header value: {@code form-data; name="file"; filename="a.csv"} */
    static Map<String, String> parameters(String value) {
        Map<String, String> parameters = new HashMap<>();
        int i = value.indexOf(';');
        while (i >= 0 && i < value.length()) {
            i++;
            while (i < value.length() && value.charAt(i) == ' ') {
                i++;
            }
            int equals = value.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String name = value.substring(i, equals).trim().toLowerCase(Locale.ROOT);
            StringBuilder v = new StringBuilder();
            i = equals + 1;
            if (i < value.length() && value.charAt(i) == '"') {
                i++;
                // no backslash escapes: browsers do not write them (RFC 7578, 4.2), and Windows paths have backslashes
                while (i < value.length() && value.charAt(i) != '"') {
                    v.append(value.charAt(i++));
                }
                i = value.indexOf(';', i);
            } else {
                int semicolon = value.indexOf(';', i);
                v.append(value, i, semicolon < 0 ? value.length() : semicolon);
                i = semicolon;
            }
            parameters.put(name, v.toString().trim());
            if (i < 0) {
                break;
            }
        }
        return parameters;
    }

    /** @return the file's name, without any folder a browser may add, from {@code filename*} (RFC 5987) or {@code filename} */
    private static String fileName(Map<String, String> disposition) {
        String name = disposition.get("filename");
        String encoded = disposition.get("filename*");
        if (encoded != null && encoded.toLowerCase(Locale.ROOT).startsWith("utf-8''")) {
            name = URLDecoder.decode(encoded.substring(7).replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
