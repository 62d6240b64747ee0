package dev.concierge.projections.analytics.application;

import java.util.Map;

/** How many requests are open now, per status name (from the requests read model). */
@FunctionalInterface
public interface OpenRequests {

    Map<String, Long> byStatus();
}
