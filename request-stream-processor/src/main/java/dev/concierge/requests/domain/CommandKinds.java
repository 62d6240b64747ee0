package dev.concierge.requests.domain;

import dev.concierge.schemas.requests.RequestCommand;
import java.util.Map;

/** Which table row each command of requests.commands is. */
final class CommandKinds {

    private static final Map<Class<? extends RequestCommand>, InputKind> KINDS = Map.of(
            RequestCommand.CreateRequest.class, InputKind.CREATE_REQUEST,
            RequestCommand.AcceptQuote.class, InputKind.ACCEPT_QUOTE,
            RequestCommand.CancelRequest.class, InputKind.CANCEL_REQUEST,
            RequestCommand.AssignAgent.class, InputKind.ASSIGN_AGENT,
            RequestCommand.RecordStoreQuote.class, InputKind.RECORD_STORE_QUOTE,
            RequestCommand.SendQuote.class, InputKind.SEND_QUOTE,
            RequestCommand.UpdateFulfilment.class, InputKind.UPDATE_FULFILMENT,
            RequestCommand.RequestRefund.class, InputKind.REQUEST_REFUND,
            RequestCommand.RateRequest.class, InputKind.RATE_REQUEST);

    private CommandKinds() {
    }

    static InputKind of(RequestCommand command) {
        InputKind kind = KINDS.get(command.getClass());
        if (kind == null) {
            throw new IllegalArgumentException("no table row for command " + command.getClass().getSimpleName());
        }
        return kind;
    }
}
