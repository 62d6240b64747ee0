package dev.concierge.ingest.batch.web;

import dev.concierge.ingest.shared.application.StrictUtf8;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an NDJSON body into lines and decodes each as strict UTF-8. A line that is not valid
 * UTF-8 is kept as {@code null} so that line alone is refused (and the others keep their
 * numbers), instead of being read with U+FFFD in place of the bad bytes.
 */
final class NdjsonLines {

    private NdjsonLines() {
    }

    static List<String> split(byte[] body) {
        List<String> lines = new ArrayList<>();
        if (body == null) {
            return lines;
        }
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i == body.length || body[i] == '\n') {
                int end = i > start && body[i - 1] == '\r' ? i - 1 : i;
                if (i < body.length || end > start) {
                    lines.add(StrictUtf8.tryDecode(body, start, end).orElse(null));
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
