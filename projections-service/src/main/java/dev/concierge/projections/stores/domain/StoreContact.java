package dev.concierge.projections.stores.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One store asked about one request, as the {@code store_contacts} read model keeps it (one per request
 * and store): when it was first contacted and in which round last, when it first replied, first said it
 * has the item, and when the customer was first sent its quote ("won"). Each time is the earliest fact's,
 * so the same facts in any order, or twice, make the same contact. A time is null until its fact came.
 */
public record StoreContact(String requestId, String storeId, Integer lastRound, Instant contactedAt, Instant repliedAt,
        Instant offeredAt, Instant wonAt) {

    public static String idOf(String requestId, String storeId) {
        return requestId + ":" + storeId;
    }

    public boolean contacted() {
        return contactedAt != null;
    }

    /** A reply to a contact: a store answering without having been contacted does not count towards its reply rate. */
    public Optional<Duration> replyTime() {
        return contactedAt != null && repliedAt != null && !repliedAt.isBefore(contactedAt)
                ? Optional.of(Duration.between(contactedAt, repliedAt)) : Optional.empty();
    }

    public boolean won() {
        return wonAt != null;
    }
}
