package dev.concierge.requests.lifecycle;

import dev.concierge.requests.assignment.AssignmentDecision;
import dev.concierge.schemas.common.FulfilmentStage;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestCommand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The lifecycle written down independently of {@link TransitionTable}, from the contract: what one
 * typical input of each kind does in each state. {@code R} = command rejected, {@code I} = fact or
 * timer ignored, {@code =} = accepted and the status stays, otherwise the status it leads to.
 * Column "-" is a request id nobody created yet. RESEND_PAYMENT_LINK is valid only in AWAITING_PAYMENT with a
 * live link; the AWP column is the moment before the link arrives, so it is rejected there too
 * ({@code PaymentFollowUpTopologyTest} covers the live, expired and redelivered cases).
 */
public final class TransitionExpectations {

    public static final List<String> COLUMNS = List.of(
            "-", "NEW", "ENR", "NI", "SRC", "QTD", "AWP", "PAID", "FUL", "DEL", "CAN", "RFP", "RFD", "UNA");

    private static final String GRID = """
            CREATE_REQUEST        ENR  R    R    R    R    R    R    R    R    R    R    R    R    R
            ACCEPT_QUOTE          R    R    R    R    R    AWP  R    R    R    R    R    R    R    R
            CANCEL_REQUEST        R    CAN  CAN  CAN  CAN  CAN  CAN  RFP  RFP  R    R    R    R    R
            ASSIGN_AGENT          R    =    =    =    =    =    =    =    =    R    R    =    R    R
            RECORD_STORE_QUOTE    R    R    R    R    =    =    R    R    R    R    R    R    R    R
            SEND_QUOTE            R    R    R    R    QTD  QTD  R    R    R    R    R    R    R    R
            UPDATE_FULFILMENT     R    R    R    R    R    R    R    FUL  FUL  R    R    R    R    R
            REQUEST_REFUND        R    R    R    R    R    R    R    RFP  RFP  RFP  R    R    R    R
            RATE_REQUEST          R    R    R    R    R    R    R    R    R    =    R    R    R    R
            RESEND_PAYMENT_LINK   R    R    R    R    R    R    R    R    R    R    R    R    R    R
            ENRICHMENT_COMPLETED  I    I    SRC  I    I    I    I    I    I    I    I    I    I    I
            ENRICHMENT_FAILED     I    I    SRC  I    I    I    I    I    I    I    I    I    I    I
            CUSTOMER_MESSAGE      I    I    I    ENR  I    I    I    I    I    I    I    I    I    I
            AGENT_MESSAGE         I    =    =    =    =    =    =    =    =    I    I    =    I    I
            STORE_MESSAGE         I    I    I    I    =    =    I    I    I    I    I    I    I    I
            PAYMENT_LINK_CREATED  I    I    I    I    I    I    =    I    I    I    I    I    I    I
            PAYMENT_CAPTURED      I    I    I    I    I    I    PAID I    I    I    RFP  I    I    I
            PAYMENT_FAILED        I    I    I    I    I    I    =    I    I    I    I    I    I    I
            PAYMENT_LINK_EXPIRED  I    I    I    I    I    I    QTD  I    I    I    I    I    I    I
            REFUND_PROCESSED      I    I    I    I    I    I    I    I    I    I    I    RFD  I    I
            PAYMENT_LINK_CANCELLED I   I    I    I    I    I    I    I    I    I    I    =    =    I
            REFUND_FAILED         I    I    I    I    I    I    I    I    I    I    I    =    I    I
            PAYMENT_AMOUNT_MISMATCH I  =    =    =    =    =    =    =    =    =    =    =    =    =
            PAYMENT_COMMAND_REJECTED I =    =    =    =    =    QTD  =    =    =    =    =    =    =
            AGENT_DECISION        I    =    =    =    =    =    =    =    =    I    I    =    I    I
            FIRST_AGENT_REPLY_DUE I    =    =    =    =    =    =    =    =    I    I    =    I    I
            ENRICHMENT_DUE        I    SRC  SRC  I    I    I    I    I    I    I    I    I    I    I
            INFO_REMINDER_DUE     I    I    I    =    I    I    I    I    I    I    I    I    I    I
            INFO_HANDOVER_DUE     I    I    I    SRC  I    I    I    I    I    I    I    I    I    I
            QUOTE_DUE             I    I    I    I    =    I    I    I    I    I    I    I    I    I
            OUTREACH_WINDOW_DUE   I    I    I    I    UNA  I    I    I    I    I    I    I    I    I
            QUOTE_EXPIRY_DUE      I    I    I    I    I    SRC  I    I    I    I    I    I    I    I
            PAYMENT_DUE           I    I    I    I    I    I    =    I    I    I    I    I    I    I
            DELIVERY_DUE          I    I    I    I    I    I    I    =    =    I    I    I    I    I
            REFUND_DUE            I    I    I    I    I    I    I    I    I    I    I    =    I    I
            """;

    private static final Map<String, RequestStatus> STATES = Map.ofEntries(
            Map.entry("NEW", RequestStatus.NEW), Map.entry("ENR", RequestStatus.ENRICHING),
            Map.entry("NI", RequestStatus.NEEDS_INFO), Map.entry("SRC", RequestStatus.SOURCING),
            Map.entry("QTD", RequestStatus.QUOTED), Map.entry("AWP", RequestStatus.AWAITING_PAYMENT),
            Map.entry("PAID", RequestStatus.PAID), Map.entry("FUL", RequestStatus.FULFILLING),
            Map.entry("DEL", RequestStatus.DELIVERED), Map.entry("CAN", RequestStatus.CANCELLED),
            Map.entry("RFP", RequestStatus.REFUND_PENDING), Map.entry("RFD", RequestStatus.REFUNDED),
            Map.entry("UNA", RequestStatus.UNAVAILABLE));

    /** One cell: in {@code from}, input {@code input} has {@code outcome}. */
    public record Case(RequestStatus from, InputKind input, String outcome) {

        public boolean rejected() {
            return outcome.equals("R");
        }

        public boolean ignored() {
            return outcome.equals("I");
        }

        /** The status after an accepted input. */
        public RequestStatus target() {
            return outcome.equals("=") ? from : STATES.get(outcome);
        }

        @Override
        public String toString() {
            return input + " in " + (from == null ? "no request" : from) + " -> " + outcome;
        }
    }

    private TransitionExpectations() {
    }

    public static List<Case> cases() {
        Map<InputKind, String[]> rows = new EnumMap<>(InputKind.class);
        GRID.lines().filter(line -> !line.isBlank()).forEach(line -> {
            String[] cells = line.trim().split("\\s+");
            rows.put(InputKind.valueOf(cells[0]), Arrays.copyOfRange(cells, 1, cells.length));
        });
        if (rows.size() != InputKind.values().length) {
            throw new IllegalStateException("the grid must have a row for every input kind");
        }
        List<Case> cases = new ArrayList<>();
        rows.forEach((input, cells) -> {
            for (int column = 0; column < COLUMNS.size(); column++) {
                RequestStatus from = column == 0 ? null : STATES.get(COLUMNS.get(column));
                cases.add(new Case(from, input, cells[column]));
            }
        });
        return cases;
    }

    private static String linkOf(RequestState state) {
        return state != null && state.snapshot().paymentLink() != null ? state.snapshot().paymentLink().linkId()
                : "link-none";
    }

    /** A typical input of {@code kind} for a request currently in {@code state} (null: absent). */
    public static Input sample(InputKind kind, String requestId, RequestState state, Journey journey,
            Map<Deadline, Instant> deadlines) {
        Instant someTime = Journey.T0;
        switch (kind) {
            case CREATE_REQUEST:
                return journey.command(journey.create());
            case ACCEPT_QUOTE:
                String quoteId = state != null && state.snapshot().quote() != null ? state.snapshot().quote().quoteId()
                        : "quo_none";
                return journey.command(new RequestCommand.AcceptQuote(requestId, quoteId, Journey.CUSTOMER));
            case CANCEL_REQUEST:
                return journey.command(new RequestCommand.CancelRequest(requestId, "found it elsewhere", Journey.CUSTOMER));
            case ASSIGN_AGENT:
                return journey.command(new RequestCommand.AssignAgent(requestId, "agent-9", Journey.OPS));
            case RECORD_STORE_QUOTE:
                return journey.command(new RequestCommand.RecordStoreQuote(requestId, "store-2", true, Money.inr(8_500),
                        "said so on the phone", Journey.OPS));
            case SEND_QUOTE:
                return journey.command(new RequestCommand.SendQuote(requestId, "store-1", Money.inr(9_000),
                        Money.inr(4_000), null, null, Journey.OPS));
            case UPDATE_FULFILMENT:
                return journey.command(new RequestCommand.UpdateFulfilment(requestId, FulfilmentStage.OUT_FOR_DELIVERY,
                        "Ravi", "+919811111111", someTime, null, Journey.OPS));
            case REQUEST_REFUND:
                return journey.command(new RequestCommand.RequestRefund(requestId, null, "damaged", Journey.OPS));
            case RATE_REQUEST:
                return journey.command(new RequestCommand.RateRequest(requestId, 5, "quick!", Journey.CUSTOMER));
            case RESEND_PAYMENT_LINK:
                return journey.command(new RequestCommand.ResendPaymentLink(requestId, Journey.OPS));
            case ENRICHMENT_COMPLETED:
                return new Input.EnrichmentCompleted(1, "groceries", "atta", Map.of(), List.of(), null);
            case ENRICHMENT_FAILED:
                return new Input.EnrichmentFailed(1, "vision service down");
            case CUSTOMER_MESSAGE:
                return new Input.CustomerMessage("Aashirvaad please");
            case AGENT_MESSAGE:
                return new Input.AgentMessage("agent-1");
            case STORE_MESSAGE:
                return new Input.StoreMessage("store-1", "YES 450");
            case PAYMENT_LINK_CREATED:
                return new Input.PaymentLinkCreated("link-2", "https://pay.local/link-2", Money.inr(13_000), null);
            case PAYMENT_CAPTURED:
                return new Input.PaymentCaptured("pay-2", Money.inr(13_000));
            case PAYMENT_FAILED:
                return new Input.PaymentFailed("card declined");
            case PAYMENT_LINK_EXPIRED:
                return new Input.PaymentLinkExpired(linkOf(state));
            case REFUND_PROCESSED:
                return new Input.RefundProcessed("refund-2", Money.inr(13_000));
            case PAYMENT_LINK_CANCELLED:
                return new Input.PaymentLinkCancelled(linkOf(state));
            case REFUND_FAILED:
                String paymentId = state != null && state.snapshot().payment() != null
                        ? state.snapshot().payment().paymentId() : "pay-none";
                return new Input.RefundFailed(paymentId, Money.inr(13_000), "BAD_REQUEST_ERROR:refund declined");
            case PAYMENT_AMOUNT_MISMATCH:
                return new Input.PaymentAmountMismatch(linkOf(state), "pay-3", Money.inr(13_000), Money.inr(1_000));
            case PAYMENT_COMMAND_REJECTED:
                return new Input.PaymentCommandRejected("CreatePaymentLink", "BAD_REQUEST_ERROR:invalid contact");
            case AGENT_DECISION:
                return new Input.AgentDecision(new AssignmentDecision.Assigned(requestId, "agent-7", null));
            default:
                Deadline deadline = Deadline.valueOf(kind.name().replace("_DUE", ""));
                return new Input.DeadlinePassed(deadline, deadlines.getOrDefault(deadline, someTime));
        }
    }
}
