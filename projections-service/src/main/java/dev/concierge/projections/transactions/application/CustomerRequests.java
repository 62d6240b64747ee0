package dev.concierge.projections.transactions.application;

import java.util.Set;

/** The ids of a customer's requests: payment facts name the request, not the customer. */
@FunctionalInterface
public interface CustomerRequests {

    Set<String> of(String customerId);
}
