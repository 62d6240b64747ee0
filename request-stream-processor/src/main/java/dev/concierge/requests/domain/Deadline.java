package dev.concierge.requests.domain;

/** The timers a request can have running. Breaching an SLA escalates; an expiry changes state. */
public enum Deadline {
    /** An agent has to say something to the customer soon after the request arrives. */
    FIRST_AGENT_REPLY(InputKind.FIRST_AGENT_REPLY_DUE),
    /** The customer should have a quote this long after sourcing starts. */
    QUOTE(InputKind.QUOTE_DUE),
    /** Stores had their chance to reply to the current outreach round. */
    OUTREACH_WINDOW(InputKind.OUTREACH_WINDOW_DUE),
    /** A sent quote stops being valid. */
    QUOTE_EXPIRY(InputKind.QUOTE_EXPIRY_DUE),
    /** The customer should have paid this long after the payment link was requested. */
    PAYMENT(InputKind.PAYMENT_DUE);

    private final InputKind passed;

    Deadline(InputKind passed) {
        this.passed = passed;
    }

    /** The input a request gets when this deadline passes. */
    InputKind passed() {
        return passed;
    }
}
