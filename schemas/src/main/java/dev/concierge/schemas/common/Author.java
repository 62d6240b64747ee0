package dev.concierge.schemas.common;

/** Who wrote a chat message. */
public enum Author {
    CUSTOMER, AGENT, STORE, BOT
}
