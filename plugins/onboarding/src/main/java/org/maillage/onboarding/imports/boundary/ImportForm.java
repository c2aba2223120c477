package org.maillage.onboarding.imports.boundary;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.maillage.onboarding.sheets.control.CountingInputStream;
import org.maillage.platform.api.errors.ApiError;

/**
 * The import's {@code multipart/form-data} body, read with Jakarta REST 3.1's {@link EntityPart} (the
 * server's own multipart reader, which spills parts to temporary files rather than memory): the part
 * {@value #FILE_FIELD} is copied to a temporary file of ours, the field {@code dryRun} read as text.
 *
 * <p>The reader is asked for by hand ({@link Providers}) rather than bound to a method parameter, so that
 * the endpoint declares no {@code @Consumes} (the access filters answer before any content-type check) and
 * so that the body is counted against the upload limit while it is read: 413 as soon as it is exceeded.
 */
final class ImportForm {

    static final String FILE_FIELD = "file";
    static final String DRY_RUN_FIELD = "dryRun";
    /** Room for the parts' headers and the other fields, beyond the file itself. */
    private static final long OVERHEAD = 64 * 1024;
    private static final int MAX_FIELD = 100;
    private static final GenericType<List<EntityPart>> PARTS = new GenericType<>() {
    };

    /**
     * @param file     the temporary file holding the uploaded file; the caller deletes it
     * @param fileName the name the browser gave, null when none
     * @param size     its size in bytes
     * @param dryRun   the value of the {@code dryRun} field, null without one
     */
    record Result(Path file, String fileName, long size, String dryRun) {
    }

    /** The body or the file was larger than allowed. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    private ImportForm() {
    }

    /** @return the media type when it is {@code multipart/form-data} with a boundary, else null */
    static MediaType multipart(String contentType) {
        if (contentType == null) {
            return null;
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            String boundary = type.getParameters().get("boundary");
            return type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE) && !type.isWildcardSubtype()
                    && boundary != null && !boundary.isEmpty() && boundary.length() <= 200 ? type : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Reads the form, the file part to a new temporary file in {@code directory}; on any failure nothing is left.
     *
     * @throws TooLarge when the body or the file is over {@code maxFileBytes} (and the overhead of a form)
     * @throws ApiError 400 when the body is not a readable form, or has no file
     */
    static Result read(Providers providers, MediaType type, MultivaluedMap<String, String> headers, InputStream body,
                       long maxFileBytes, Path directory) throws IOException {
        MessageBodyReader<List<EntityPart>> reader = providers.getMessageBodyReader(castList(), PARTS.getType(), new Annotation[0], type);
        if (reader == null) {
            throw new ApiError(415, "Envoyez le fichier dans un formulaire multipart/form-data, champ « file ».");
        }
        CountingInputStream limited = new CountingInputStream(body, maxFileBytes + OVERHEAD);
        Path file = null;
        try {
            List<EntityPart> parts;
            try {
                parts = reader.readFrom(castList(), PARTS.getType(), new Annotation[0], type, headers, limited);
            } catch (IOException | RuntimeException e) {
                if (limited.exceeded()) {
                    throw new TooLarge();
                }
                if (e instanceof ApiError error) {
                    throw error;
                }
                throw new ApiError(400, "Le corps de la requête n'est pas un formulaire multipart valide.");
            }
            String fileName = null;
            String dryRun = null;
            long size = 0;
            for (EntityPart part : parts) {
                try (InputStream content = part.getContent()) {
                    if (part.getName().equals(FILE_FIELD) && file == null) {
                        file = Files.createTempFile(directory, "maillage-import-", ".upload");
                        fileName = part.getFileName().orElse(null);
                        try (OutputStream out = Files.newOutputStream(file)) {
                            size = content.transferTo(out);
                        }
                        if (size > maxFileBytes) {
                            throw new TooLarge();
                        }
                    } else if (part.getName().equals(DRY_RUN_FIELD)) {
                        dryRun = new String(content.readNBytes(MAX_FIELD), StandardCharsets.UTF_8);
                    }
                }
            }
            if (file == null) {
                throw ApiError.invalidField(FILE_FIELD, "est obligatoire : le fichier à importer");
            }
            return new Result(file, fileName, size, dryRun);
        } catch (IOException | RuntimeException e) {
            if (file != null) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<List<EntityPart>> castList() {
        return (Class) List.class;
    }
}
