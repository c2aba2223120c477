package org.maillage.platform.http.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.maillage.platform.api.errors.ApiError;

/**
 * Refuses request bodies over {@code maillage.http.max-body-bytes} with 413: at once when the
 * declared length is too large, and while reading when the body comes without a length; and JSON
 * bodies nested deeper than {@value #MAX_JSON_DEPTH} arrays or objects with 400, while reading, before a
 * parser or a binder recurses into them (5,000 nested arrays answered 500; found by HostileRequestsIT).
 * Multipart uploads are left to the resources that accept them, which set their own limit.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    public static final String DEFAULT_MAX_BYTES = "1048576";
    static final int MAX_JSON_DEPTH = 64;

    @Inject
    @ConfigProperty(name = "maillage.http.max-body-bytes", defaultValue = DEFAULT_MAX_BYTES)
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.toLowerCase().startsWith("multipart/")) {
            return;
        }
        if (request.getLength() > maxBytes) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), maxBytes, type != null && type.toLowerCase().contains("json")));
        }
    }

    private ApiError tooLarge() {
        return new ApiError(413, "Le contenu envoyé dépasse la taille maximale autorisée (" + maxBytes + " octets).");
    }

    private final class Limited extends FilterInputStream {

        private long left;
        private final boolean json;
        private int depth;
        private boolean inString;
        private boolean escaped;

        Limited(InputStream in, long limit, boolean json) {
            super(in);
            this.left = limit;
            this.json = json;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
                nest(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
                for (int i = offset; i < offset + n; i++) {
                    nest(buffer[i]);
                }
            }
            return n;
        }

        /** Follows the nesting of a JSON body byte by byte (UTF-8 never puts an ASCII byte inside a character). */
        private void nest(int b) {
            if (!json) {
                return;
            }
            if (inString) {
                inString = escaped || b != '"';
                escaped = !escaped && b == '\\';
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > MAX_JSON_DEPTH) {
                    throw new ApiError(400, "Le contenu JSON est imbriqué trop profondément (plus de " + MAX_JSON_DEPTH + " niveaux).");
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }

        private void count(long n) {
            left -= n;
            if (left < 0) {
                throw tooLarge();
            }
        }
    }
}
