package dev.concierge.outbox.messages;

/** OUTBOUND: a service sent it to the outbox; INBOUND: a reply the outbox posted to the ingest API. */
public enum Direction {
    OUTBOUND, INBOUND
}
