package dev.concierge.projections.config;

import dev.concierge.projections.notifications.application.RequestLinks;
import dev.concierge.projections.requests.domain.TimelineEntry;
import dev.concierge.projections.requests.persistence.MongoRequests;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link RequestLinks} from the requests read model's {@code request_timeline} (its {@code _id} is the fact's event id). */
final class TimelineRequestLinks implements RequestLinks {

    private final MongoRequests requests;

    TimelineRequestLinks(MongoRequests requests) {
        this.requests = requests;
    }

    @Override
    public Set<String> factsOf(String requestId) {
        return requests.timelineOf(requestId).stream().map(TimelineEntry::eventId).collect(Collectors.toSet());
    }

    @Override
    public Map<String, String> requestsOf(Collection<String> factEventIds) {
        return requests.requestsOfFacts(factEventIds);
    }
}
