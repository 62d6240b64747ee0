package dev.concierge.requests.domain;

/** The timers a request can have running. Breaching an SLA escalates; an expiry changes state. */
public enum Deadline {
    /** An agent has to say something to the customer soon after the request arrives. */
    FIRST_AGENT_REPLY,
    /** The customer should have a quote this long after sourcing starts. */
    QUOTE,
    /** Stores had their chance to reply to the current outreach round. */
    OUTREACH_WINDOW,
    /** A sent quote stops being valid. */
    QUOTE_EXPIRY,
    /** The customer should have paid this long after the payment link was requested. */
    PAYMENT
}
