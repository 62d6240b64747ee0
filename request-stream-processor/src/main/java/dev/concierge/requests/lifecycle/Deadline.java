package dev.concierge.requests.lifecycle;

import dev.concierge.schemas.requests.Sla;
import java.util.Arrays;

/**
 * The timers a request can have running. Breaching an SLA escalates; an expiry or a limit changes
 * state. Every open state has at least one of them, so no request can wait forever.
 */
public enum Deadline {
    /** An agent has to say something to the customer soon after the request arrives. */
    FIRST_AGENT_REPLY(InputKind.FIRST_AGENT_REPLY_DUE, Sla.FIRST_AGENT_REPLY),
    /** The analysis did not answer in time (no AI worker, a lost result): go on as if it had failed. */
    ENRICHMENT(InputKind.ENRICHMENT_DUE, null),
    /** The customer has not answered the open questions for a while: remind them, once per round. */
    INFO_REMINDER(InputKind.INFO_REMINDER_DUE, null),
    /** The customer still has not answered: the agent takes the request on without the answers. */
    INFO_HANDOVER(InputKind.INFO_HANDOVER_DUE, null),
    /** The customer should have a quote this long after sourcing starts. */
    QUOTE(InputKind.QUOTE_DUE, Sla.QUOTE),
    /** Stores had their chance to reply to the current outreach round. */
    OUTREACH_WINDOW(InputKind.OUTREACH_WINDOW_DUE, null),
    /** A sent quote stops being valid. */
    QUOTE_EXPIRY(InputKind.QUOTE_EXPIRY_DUE, null),
    /** The customer should have paid this long after the payment link was requested. */
    PAYMENT(InputKind.PAYMENT_DUE, Sla.PAYMENT),
    /** A paid request should be delivered this long after payment. */
    DELIVERY(InputKind.DELIVERY_DUE, Sla.DELIVERY),
    /** The gateway should have confirmed a refund this long after it was asked for. */
    REFUND(InputKind.REFUND_DUE, Sla.REFUND);

    private final InputKind passed;
    private final Sla sla;

    Deadline(InputKind passed, Sla sla) {
        this.passed = passed;
        this.sla = sla;
    }

    /** The published promise this deadline watches, or null for limits and expiries that change state. */
    public Sla sla() {
        return sla;
    }

    /** The deadline that watches a published promise. */
    public static Deadline of(Sla sla) {
        return Arrays.stream(values()).filter(d -> d.sla == sla).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no deadline watches " + sla));
    }

    /** The input a request gets when this deadline passes. */
    InputKind passed() {
        return passed;
    }
}
