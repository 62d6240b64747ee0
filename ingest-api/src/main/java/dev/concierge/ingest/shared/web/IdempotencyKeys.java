package dev.concierge.ingest.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.ingest.auth.application.SecretHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How an {@code Idempotency-Key} is kept (see {@link IdempotencyFilter}): the stored key bound to the
 * caller, the method and the path; the first use's keyed hash of method, path and body; the answer to
 * replay. One place, so that every route that honours the header binds and remembers keys the same way.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final String FINGERPRINT_CONTEXT = "idempotency";
    /** Fields of a sign-in answer: a response holding one of them is never written to the replay cache. */
    private static final List<String> CREDENTIAL_FIELDS = List.of("accessToken", "refreshToken");

    @Inject
    ObjectMapper mapper;
    @Inject
    SecretHasher hasher;

    /** 1–255 visible ASCII characters. */
    public static boolean isValid(String key) {
        return VALID_KEY.matcher(key).matches();
    }

    /** The key as stored: {@code who} is the user id when signed in, else {@code ip:<address>}. */
    public static String scoped(String who, String method, String path, String key) {
        return "idem:" + who + "|" + method + "|" + path + "|" + key;
    }

    /**
     * The marker of a first use, still running: a keyed hash, not a plain one, since a sign-in body holds a
     * password and Redis must not hold a crackable digest of it.
     */
    public String firstUse(String method, String path, byte[] bodyOrNull) {
        return firstUse(RequestFingerprint.of(method, path, bodyOrNull));
    }

    /** {@code fingerprint}: from {@link RequestFingerprint}. */
    String firstUse(byte[] fingerprint) {
        return write(KeyUse.running(hasher.hash(FINGERPRINT_CONTEXT, fingerprint)));
    }

    /**
     * The first use once it finished with {@code status} and {@code entity} (as JSON of {@code contentType});
     * with no answer to replay when {@code replayable} is false or the answer carries credentials.
     */
    public String finished(String firstUse, boolean replayable, int status, String contentType, Object entity)
            throws JsonProcessingException {
        JsonNode body = entity == null ? null : mapper.valueToTree(entity);
        boolean replay = replayable && !carriesCredentials(body);
        StoredAnswer answer = replay
                ? new StoredAnswer(status, contentType, body == null ? "" : mapper.writeValueAsString(body))
                : null;
        return write(read(firstUse).completed(answer));
    }

    /** An entry this version cannot read (written before keys were bound to requests) matches no request. */
    KeyUse read(String stored) {
        try {
            return mapper.readValue(stored, KeyUse.class);
        } catch (JsonProcessingException e) {
            return new KeyUse("", null);
        }
    }

    private static boolean carriesCredentials(JsonNode body) {
        return body != null && CREDENTIAL_FIELDS.stream().anyMatch(field -> body.findValue(field) != null);
    }

    private String write(KeyUse use) {
        try {
            return mapper.writeValueAsString(use);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a KeyUse is always serialisable", e);
        }
    }
}
