package dev.concierge.projections.agents.domain;

import java.time.Instant;

/**
 * How a request ended, as far as agents are measured by it: when it first closed (delivered, cancelled,
 * unavailable or refunded; null while open) and the customer's rating (1–5; null until rated).
 */
public record RequestOutcome(String requestId, Instant closedAt, Integer rating) {
}
