package dev.concierge.projections.requests.application;

import dev.concierge.projections.requests.domain.RequestDetail;
import dev.concierge.projections.requests.domain.RequestFilter;
import dev.concierge.projections.requests.domain.RequestPage;
import dev.concierge.projections.requests.domain.Timeline;
import dev.concierge.projections.requests.domain.Viewer;
import java.util.Optional;

/** The query side: every answer is limited to what the viewer may see. */
public final class RequestReading {

    private final RequestQueries queries;

    public RequestReading(RequestQueries queries) {
        this.queries = queries;
    }

    /** Empty when a customer asks for someone else's requests. */
    public Optional<RequestPage> list(RequestFilter filter, Viewer viewer) {
        return filter.visibleTo(viewer).map(queries::list);
    }

    /** Empty both when the request does not exist and when it is another customer's: the two look alike. */
    public Optional<RequestDetail> detail(String requestId, Viewer viewer) {
        return queries.byId(requestId)
                .filter(stored -> viewer.mayRead(stored.snapshot().customerId()))
                .map(stored -> new RequestDetail(stored.snapshot(), stored.erased(), Timeline.of(queries.timelineOf(requestId)),
                        queries.messagesOf(requestId)));
    }
}
