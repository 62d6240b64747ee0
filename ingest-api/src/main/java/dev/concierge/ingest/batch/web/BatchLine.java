package dev.concierge.ingest.batch.web;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One NDJSON line of {@code POST /v1/events:batch}: {@code op} is {@code CreateRequest},
 * {@code PostMessage} or a request command name; {@code clientEventId} makes the line idempotent,
 * so an app can resend its whole offline buffer safely.
 */
public record BatchLine(String clientEventId, String op, String requestId, JsonNode body) {
}
