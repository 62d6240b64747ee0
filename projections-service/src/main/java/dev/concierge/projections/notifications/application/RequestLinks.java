package dev.concierge.projections.notifications.application;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Which request a notification is about, from the requests read model's timeline (fact event id → request). */
public interface RequestLinks {

    /** The event ids of the request's facts. */
    Set<String> factsOf(String requestId);

    /** The request of each of these facts that the timeline has. */
    Map<String, String> requestsOf(Collection<String> factEventIds);
}
