package dev.concierge.requests.streams;

import dev.concierge.requests.sourcing.StorePerformance;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One store's part in one request, as the latest snapshot tells it: when it was asked, whether and
 * when it answered, whether its price was quoted and accepted, and whether the request still waits
 * for stores. Stored per "store id|request id", so a newer snapshot replaces, never adds to, it.
 */
record OutreachRecord(String storeId, String requestId, String replyCode, Instant contactedAt, Instant repliedAt,
        boolean quoted, boolean accepted, boolean open) {

    /** While a request is here, stores' replies are still wanted. */
    private static final Set<RequestStatus> COLLECTING_REPLIES = Set.of(RequestStatus.SOURCING, RequestStatus.QUOTED);

    static List<OutreachRecord> from(RequestSnapshot s) {
        List<OutreachRecord> records = new ArrayList<>();
        s.outreach().stream().map(RequestSnapshot.Outreach::storeId).distinct().forEach(storeId -> {
            RequestSnapshot.Outreach first = s.outreach().stream().filter(o -> o.storeId().equals(storeId))
                    .findFirst().orElseThrow();
            Instant repliedAt = s.storeQuotes().stream().filter(q -> q.storeId().equals(storeId))
                    .map(RequestSnapshot.StoreQuote::receivedAt).findFirst().orElse(null);
            boolean quoted = s.quote() != null && s.quote().storeId().equals(storeId);
            boolean accepted = quoted && s.quote().accepted();
            records.add(new OutreachRecord(storeId, s.requestId(), first.replyCode(), first.contactedAt(), repliedAt,
                    quoted, accepted, COLLECTING_REPLIES.contains(s.status())));
        });
        return records;
    }

    String key() {
        return keyPrefix(storeId) + requestId;
    }

    static String keyPrefix(String storeId) {
        return storeId + "|";
    }

    StorePerformance performance() {
        long replySeconds = repliedAt == null ? 0 : Math.max(0, Duration.between(contactedAt, repliedAt).toSeconds());
        return new StorePerformance(1, repliedAt == null ? 0 : 1, replySeconds, quoted ? 1 : 0, accepted ? 1 : 0);
    }
}
