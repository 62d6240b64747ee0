package dev.concierge.ingest.shared.application;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes bytes that must be UTF-8. The JDK's {@code new String(bytes, UTF_8)} replaces a bad
 * sequence with U+FFFD and carries on; here a bad sequence refuses the input instead, so nothing
 * stored differs from what was sent.
 */
public final class StrictUtf8 {

    private StrictUtf8() {
    }

    public static String decode(byte[] bytes, String field) {
        return tryDecode(bytes, 0, bytes.length)
                .orElseThrow(() -> InvalidInputException.of(field, "is not valid UTF-8"));
    }

    /** The text of {@code bytes[from, to)}, empty when it is not valid UTF-8. */
    public static Optional<String> tryDecode(byte[] bytes, int from, int to) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
