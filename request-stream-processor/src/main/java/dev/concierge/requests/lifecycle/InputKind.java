package dev.concierge.requests.lifecycle;

import dev.concierge.schemas.requests.RequestCommand;

/**
 * Everything that can happen to a request: the rows of the {@link TransitionTable}. The command rows
 * name their {@link RequestCommand} record, so the sealed command hierarchy stays the one list of
 * commands ({@code CommandCoverageTest} fails when a record has no row here, no rule or no handler).
 */
public enum InputKind {
    // commands on requests.commands; invalid ones are answered with CommandRejected
    CREATE_REQUEST(RequestCommand.CreateRequest.class),
    ACCEPT_QUOTE(RequestCommand.AcceptQuote.class),
    CANCEL_REQUEST(RequestCommand.CancelRequest.class),
    ASSIGN_AGENT(RequestCommand.AssignAgent.class),
    RECORD_STORE_QUOTE(RequestCommand.RecordStoreQuote.class),
    SEND_QUOTE(RequestCommand.SendQuote.class),
    UPDATE_FULFILMENT(RequestCommand.UpdateFulfilment.class),
    REQUEST_REFUND(RequestCommand.RequestRefund.class),
    RATE_REQUEST(RequestCommand.RateRequest.class),
    RESEND_PAYMENT_LINK(RequestCommand.ResendPaymentLink.class),
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
    PAYMENT_LINK_CANCELLED,
    REFUND_FAILED,
    PAYMENT_AMOUNT_MISMATCH,
    PAYMENT_COMMAND_REJECTED,
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

    private final Class<? extends RequestCommand> command;

    InputKind() {
        this(null);
    }

    InputKind(Class<? extends RequestCommand> command) {
        this.command = command;
    }

    public boolean isCommand() {
        return command != null;
    }

    /** The row of {@code command}'s record. */
    static InputKind of(RequestCommand command) {
        for (InputKind kind : values()) {
            if (kind.command == command.getClass()) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no table row for command " + command.getClass().getSimpleName());
    }

    /** The command record of this row, or {@code null} when the row is a fact or a timer. */
    Class<? extends RequestCommand> command() {
        return command;
    }
}
