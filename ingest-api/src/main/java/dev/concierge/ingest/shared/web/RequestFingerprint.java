package dev.concierge.ingest.shared.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What makes two writes the same request, as bytes to hash: the method, the path and the body.
 * A multipart upload's body is consumed by the form parser before any filter runs, so for it the
 * fingerprint is method and path only (see the README's known limits).
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    /** The body is read and put back for the resource; a multipart body counts as none (see above). */
    static byte[] of(ContainerRequestContext request) throws IOException {
        if (isMultipart(request)) {
            return of(request.getMethod(), request.getUriInfo().getPath(), null);
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        // the resource still reads the body after this filter
        request.setEntityStream(new ByteArrayInputStream(body));
        return of(request.getMethod(), request.getUriInfo().getPath(), body);
    }

    /** {@code bodyOrNull}: null for a multipart body. */
    static byte[] of(String method, String path, byte[] bodyOrNull) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF(method);
            out.writeUTF(path);
            if (bodyOrNull == null) {
                out.writeUTF("multipart");
            } else {
                out.writeInt(bodyOrNull.length);
                out.write(bodyOrNull);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    private static boolean isMultipart(ContainerRequestContext request) {
        return request.getMediaType() != null && "multipart".equalsIgnoreCase(request.getMediaType().getType());
    }
}
