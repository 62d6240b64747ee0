package dev.concierge.projections.live;

/**
 * One Server-Sent Event of {@code GET /v1/stream}: the change and its SSE id ({@code <run>-<sequence>}; null
 * for what is not kept for resuming: {@code ready}, {@code reset} and {@code typing}). {@code timed} says the
 * push is a live one whose delay from the Kafka record counts towards the latency timer (a replay does not).
 */
public record LiveEvent(String id, LiveChange change, boolean timed) {
}
