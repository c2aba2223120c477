package org.maillage.onboarding.imports.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartFormTest {

    @TempDir
    Path dir;

    private static byte[] form(String boundary, byte[] file, String fileName) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("préambule ignoré\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\ntrue\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** Hands out the body a few bytes at a time, as a network would. */
    private static InputStream trickle(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            private final Random random = new Random(7);

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(5000)));
            }
        };
    }

    @Test
    void theFileGoesToDiskAndTheFieldsAreRead() throws IOException {
        byte[] file = new byte[300_000];
        new Random(1).nextBytes(file);
        // bytes that look like the start of a boundary inside the file
        byte[] lookalike = "\r\n--XyZ\r\n--XyZboundar".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(lookalike, 0, file, 1000, lookalike.length);
        String boundary = "XyZboundary123";
        MultipartForm.Result result = MultipartForm.read(trickle(form(boundary, file, "C:\\Users\\anne\\Export été.csv")),
                boundary, 1_000_000, dir);
        assertArrayEquals(file, Files.readAllBytes(result.file()));
        assertEquals(file.length, result.size());
        assertEquals("Export été.csv", result.fileName());
        assertEquals("true", result.fields().get("dryRun"));
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsLeft() throws IOException {
        byte[] file = new byte[10_000];
        assertThrows(MultipartForm.TooLarge.class, () -> MultipartForm.read(new ByteArrayInputStream(form("b", file, "a.csv")), "b", 9_999, dir));
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void boundariesComeFromTheContentType() {
        assertEquals("abc", MultipartForm.boundary("multipart/form-data; boundary=abc"));
        assertEquals("a b", MultipartForm.boundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b\""));
        assertNull(MultipartForm.boundary("application/json"));
        assertNull(MultipartForm.boundary(null));
    }

    @Test
    void aTruncatedBodyIsMalformed() {
        byte[] body = "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc".getBytes(StandardCharsets.UTF_8);
        assertThrows(MultipartForm.Malformed.class, () -> MultipartForm.read(new ByteArrayInputStream(body), "b", 100, dir));
    }
}
