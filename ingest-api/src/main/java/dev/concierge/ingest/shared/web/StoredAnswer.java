package dev.concierge.ingest.shared.web;

/** The first answer to an idempotent write, as replayed to later calls with the same key. */
record StoredAnswer(int status, String contentType, String body) {
}
