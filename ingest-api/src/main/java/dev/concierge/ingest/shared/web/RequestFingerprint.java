package dev.concierge.ingest.shared.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * What makes two writes the same request, as bytes to hash: the method, the path and the body.
 * A multipart upload's body is consumed by the form parser before any filter runs, so for it the
 * fingerprint is method and path only (see the README's known limits).
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static byte[] of(ContainerRequestContext request) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(request.getMethod());
        out.writeUTF(request.getUriInfo().getPath());
        if (isMultipart(request)) {
            out.writeUTF("multipart");
        } else {
            byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
            // the resource still reads the body after this filter
            request.setEntityStream(new ByteArrayInputStream(body));
            out.writeInt(body.length);
            out.write(body);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static boolean isMultipart(ContainerRequestContext request) {
        return request.getMediaType() != null && "multipart".equalsIgnoreCase(request.getMediaType().getType());
    }
}
