package dev.concierge.schemas.requests;

/** The promises a request's timers watch; {@link RequestEvent.SlaBreached} names the one that was broken. */
public enum Sla {
    /** An agent speaks to the customer soon after the request arrives. */
    FIRST_AGENT_REPLY,
    /** The customer has a quote soon after sourcing starts. */
    QUOTE,
    /** The customer pays soon after the payment link was asked for. */
    PAYMENT,
    /** A paid request is delivered within the delivery SLA. */
    DELIVERY,
    /** A refund is confirmed by the gateway within the refund SLA. */
    REFUND
}
