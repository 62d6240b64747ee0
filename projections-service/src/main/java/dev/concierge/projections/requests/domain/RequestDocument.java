package dev.concierge.projections.requests.domain;

import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the {@code requests} read model keeps of a snapshot: the snapshot itself plus the fields the
 * inbox filters and sorts on. {@code category} is the AI's when it has one, else the customer's hint;
 * {@code searchText} is the request text and the AI's summary lower-cased, what the free-text filter
 * finds a request by; it is stored only as a blind index of its words (the text itself is personal
 * data), which works the same on the Mongo-wire server and real MongoDB (no {@code $text}).
 * {@code storeIds} are the stores contacted, that answered, or whose quote was sent; {@code nextDueAt},
 * {@code slaDueAt} and {@code slaBreached} are what the due-soonest order and the SLA filter read
 * ({@link Deadlines}).
 */
public record RequestDocument(
        String requestId,
        long version,
        RequestStatus status,
        String customerId,
        String agentId,
        String category,
        Instant createdAt,
        Instant updatedAt,
        String searchText,
        List<String> storeIds,
        Instant nextDueAt,
        Instant slaDueAt,
        boolean slaBreached,
        RequestSnapshot snapshot) {

    public RequestDocument {
        storeIds = List.copyOf(storeIds);
    }

    public static RequestDocument of(RequestSnapshot snapshot) {
        String summary = snapshot.enrichment() == null ? null : snapshot.enrichment().summary();
        String category = snapshot.enrichment() != null ? snapshot.enrichment().category() : snapshot.categoryHint();
        String searchText = Stream.of(snapshot.text(), summary).filter(t -> t != null && !t.isBlank())
                .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.joining("\n"));
        return new RequestDocument(snapshot.requestId(), snapshot.version(), snapshot.status(), snapshot.customerId(),
                snapshot.agentId(), category, snapshot.createdAt(), snapshot.updatedAt(), searchText, storeIds(snapshot),
                Deadlines.next(snapshot), Deadlines.nextSla(snapshot), Deadlines.breached(snapshot), snapshot);
    }

    /** Sorted, so that the same snapshot always makes the same document. */
    private static List<String> storeIds(RequestSnapshot snapshot) {
        Set<String> stores = new TreeSet<>();
        snapshot.outreach().forEach(outreach -> stores.add(outreach.storeId()));
        snapshot.storeQuotes().forEach(quote -> stores.add(quote.storeId()));
        if (snapshot.quote() != null) {
            stores.add(snapshot.quote().storeId());
        }
        return List.copyOf(stores);
    }

    /**
     * Whether this document replaces one stored at {@code storedVersion}: only a newer version does, so
     * a repeated snapshot or an older one arriving late changes nothing.
     */
    public boolean supersedes(long storedVersion) {
        return version > storedVersion;
    }
}
