package dev.concierge.ingest.shared.web;

import dev.concierge.ingest.shared.application.StrictUtf8;
import java.io.ByteArrayOutputStream;

/** Whether a raw request target is a URI, and its path well-formed percent-encoding of UTF-8 (RFC 3986 § 2.1). */
final class PercentEncoding {

    private PercentEncoding() {
    }

    /** The check Quarkus makes at its HTTP entry (see {@link RouterProblems}). */
    static boolean isValidUri(String requestTarget) {
        try {
            new java.net.URI(requestTarget);
            return true;
        } catch (java.net.URISyntaxException | NullPointerException e) {
            return false;
        }
    }

    static boolean isValid(String rawPath) {
        if (rawPath == null || rawPath.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            if (i + 2 >= rawPath.length() || Character.digit(rawPath.charAt(i + 1), 16) < 0
                    || Character.digit(rawPath.charAt(i + 2), 16) < 0) {
                return false;
            }
            bytes.write(Integer.parseInt(rawPath.substring(i + 1, i + 3), 16));
            i += 2;
        }
        byte[] decoded = bytes.toByteArray();
        return StrictUtf8.tryDecode(decoded, 0, decoded.length).isPresent();
    }
}
