package dev.concierge.projections.requests.application;

import dev.concierge.projections.requests.domain.RequestDetail;
import dev.concierge.projections.requests.domain.RequestFilter;
import dev.concierge.projections.requests.domain.RequestPage;
import dev.concierge.projections.requests.domain.SlaState;
import dev.concierge.projections.requests.domain.Timeline;
import dev.concierge.projections.requests.domain.Viewer;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** The query side: every answer is limited to what the viewer may see. */
public final class RequestReading {

    private final RequestQueries queries;
    private final Clock clock;
    private final Duration dueSoon;

    /** @param dueSoon how far ahead an SLA deadline makes a request {@code due-soon} */
    public RequestReading(RequestQueries queries, Clock clock, Duration dueSoon) {
        this.queries = queries;
        this.clock = clock;
        this.dueSoon = dueSoon;
    }

    /** Empty when a customer asks for someone else's requests. SLA states are as of now. */
    public Optional<RequestPage> list(RequestFilter filter, Viewer viewer) {
        SlaState.Window window = new SlaState.Window(clock.instant(), dueSoon);
        return filter.visibleTo(viewer).map(visible -> queries.list(visible, window));
    }

    /** Empty both when the request does not exist and when it is another customer's: the two look alike. */
    public Optional<RequestDetail> detail(String requestId, Viewer viewer) {
        return queries.byId(requestId)
                .filter(stored -> viewer.mayRead(stored.snapshot().customerId()))
                .map(stored -> new RequestDetail(stored.snapshot(), stored.erased(), Timeline.of(queries.timelineOf(requestId)),
                        queries.messagesOf(requestId)));
    }
}
