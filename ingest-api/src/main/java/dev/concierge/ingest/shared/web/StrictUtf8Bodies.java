package dev.concierge.ingest.shared.web;

import dev.concierge.ingest.shared.application.StrictUtf8;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * JSON bodies must be valid UTF-8 before Jackson sees them: Jackson's own decoder accepts some
 * malformed sequences (overlong forms such as {@code C0 AF} for "/") and decodes them silently.
 * Bodies are already in memory (the HTTP layer reads them whole), so this costs one pass.
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            byte[] body = context.getInputStream().readAllBytes();
            StrictUtf8.decode(body, "body");
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
