package dev.concierge.projections.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a page of a directory list (stores, agents, notifications) ended: the last item's sort key
 * (a lower-cased name, or a zero-padded time) and id. Clients see an opaque token and send it back
 * unchanged; {@code list} names the list it belongs to, so a token of one list is no cursor of another.
 */
public record PageCursor(String list, String key, String id) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public PageCursor {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
    }

    public String encode() {
        String plain = "p1\n" + list + "\n" + key + "\n" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of {@code list} a token stands for; empty when the token is not one this service wrote for it. */
    public static Optional<PageCursor> decode(String list, String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", 4);
            if (parts.length != 4 || !"p1".equals(parts[0]) || !list.equals(parts[1]) || parts[3].isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PageCursor(parts[1], parts[2], parts[3]));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
