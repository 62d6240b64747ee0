package dev.concierge.requests.streams;

import dev.concierge.requests.lifecycle.Input;

/**
 * One input for the request aggregate with where it came from: the raw bytes go to the source's
 * dead-letter topic if handling it fails.
 */
record Incoming(String sourceTopic, String eventId, Input input, byte[] raw) {
}
