package dev.concierge.requests.domain;

/** Everything that can happen to a request: the rows of the {@link TransitionTable}. */
public enum InputKind {
    // commands on requests.commands; invalid ones are answered with CommandRejected
    CREATE_REQUEST,
    ACCEPT_QUOTE,
    CANCEL_REQUEST,
    ASSIGN_AGENT,
    RECORD_STORE_QUOTE,
    SEND_QUOTE,
    UPDATE_FULFILMENT,
    REQUEST_REFUND,
    RATE_REQUEST,
    // facts reported by workers, chat and stores; a stale one is ignored (it describes the past)
    ENRICHMENT_COMPLETED,
    ENRICHMENT_FAILED,
    CUSTOMER_MESSAGE,
    AGENT_MESSAGE,
    STORE_MESSAGE,
    PAYMENT_LINK_CREATED,
    PAYMENT_CAPTURED,
    PAYMENT_FAILED,
    PAYMENT_LINK_EXPIRED,
    REFUND_PROCESSED,
    AGENT_DECISION,
    // timers
    FIRST_AGENT_REPLY_DUE,
    ENRICHMENT_DUE,
    INFO_REMINDER_DUE,
    INFO_HANDOVER_DUE,
    QUOTE_DUE,
    OUTREACH_WINDOW_DUE,
    QUOTE_EXPIRY_DUE,
    PAYMENT_DUE,
    DELIVERY_DUE,
    REFUND_DUE;

    public boolean isCommand() {
        return ordinal() <= RATE_REQUEST.ordinal();
    }
}
