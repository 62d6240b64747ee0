package dev.concierge.bench.benchmarks;

import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.GeoPoint;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestEvent.RequestCreated;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.schemas.requests.RequestSnapshot.RunningDeadline;
import dev.concierge.schemas.requests.RequestSnapshot.Transition;
import dev.concierge.schemas.requests.Sla;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@code query} benchmark's requests, as request-stream-processor would have published them: the
 * {@code RequestCreated} fact (for the timeline and the analytics) and the request's latest snapshot (for the
 * inbox). Deterministic in the index, so the benchmark knows which filters match how much: statuses (13),
 * agents (19), categories (10) and products (11) each cycle with a period that shares no factor with the
 * others, so every combination occurs; creation times are spread evenly over the {@link #DAYS} days before
 * {@code now}.
 */
final class ReadModelSeed {

    static final int DAYS = 30;
    static final int AGENTS = 19;
    static final int CUSTOMERS = 5_000;
    static final List<String> CATEGORIES = List.of("grocery", "dairy", "fruits-vegetables", "medicines-health",
            "personal-care", "baby-care", "household-cleaning", "electronics", "stationery", "other");
    /** What customers ask for; the free-text filter searches one of these words. */
    static final List<String> PRODUCTS = List.of("Dolo 650 paracetamol tablet strip", "Amul Taaza milk 1 litre",
            "Aashirvaad atta 5 kg", "Pampers diapers medium", "Surf Excel detergent 1 kg", "Fortune sunflower oil",
            "Tata salt 1 kg", "Colgate toothpaste 200 g", "Bananas one dozen", "Boat earphones type C",
            "Classmate notebooks pack of 6");
    static final Address ADDRESS = new Address("12 MG Road", null, null, "Bengaluru", "560001",
            new GeoPoint(12.9745, 77.6062));

    private final String runTag;
    private final Instant now;
    private final int count;

    /** {@code runTag} keeps one run's ids apart from an earlier run's on the same stack. */
    ReadModelSeed(String runTag, Instant now, int count) {
        this.runTag = runTag;
        this.now = now;
        this.count = count;
    }

    int count() {
        return count;
    }

    String requestId(int i) {
        return "req_" + UUID.nameUUIDFromBytes((runTag + "/" + i).getBytes(StandardCharsets.UTF_8));
    }

    String customerId(int i) {
        return "cus_bench-" + runTag + "-" + (i % CUSTOMERS);
    }

    /** Newest first: request 0 was created just now, the last one {@link #DAYS} days ago. */
    Instant createdAt(int i) {
        return now.minus(Duration.ofDays(DAYS).multipliedBy(i).dividedBy(count));
    }

    static RequestStatus status(int i) {
        RequestStatus[] all = RequestStatus.values();
        return all[i % all.length];
    }

    /** {@code agt_bench-<n>}: 19 agents; a request still NEW has none yet. */
    static String agentId(int i) {
        return status(i) == RequestStatus.NEW ? null : "agt_bench-" + (i % AGENTS);
    }

    static String category(int i) {
        return CATEGORIES.get(i % CATEGORIES.size());
    }

    static String text(int i) {
        return PRODUCTS.get(i % PRODUCTS.size()) + ", please (request " + i + ")";
    }

    RequestCreated created(int i) {
        return new RequestCreated(requestId(i), customerId(i), text(i), List.of(), ADDRESS, category(i));
    }

    /**
     * The snapshot after the request's last transition. An open request runs an SLA deadline between an hour
     * overdue and a day ahead of {@code now} (so the SLA filter's three states each match some); a closed one none.
     */
    RequestSnapshot snapshot(int i) {
        RequestStatus status = status(i);
        Instant created = createdAt(i);
        Instant updated = created.plusSeconds(60 + i % 600);
        List<RunningDeadline> deadlines = status.isOpen()
                ? List.of(new RunningDeadline("sla:" + Sla.QUOTE.name(), Sla.QUOTE,
                        now.minus(Duration.ofHours(1)).plus(Duration.ofMinutes(i % (25 * 60)))))
                : List.of();
        return new RequestSnapshot(requestId(i), 2, status, customerId(i), text(i), List.of(), ADDRESS, category(i),
                agentId(i), null, List.of(), List.of(), List.of(), null, null, null, null, null, List.of(),
                List.of(new Transition(RequestStatus.NEW, created), new Transition(status, updated)), created, updated,
                deadlines);
    }
}
