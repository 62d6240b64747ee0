package dev.concierge.requests.lifecycle;

import dev.concierge.requests.checkout.GatewayAlerts;
import dev.concierge.requests.checkout.Payments;
import dev.concierge.requests.checkout.Refunds;
import dev.concierge.requests.sourcing.Sourcing;
import dev.concierge.requests.sourcing.StoreCatalog;
import dev.concierge.schemas.common.RequestStatus;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The request aggregate's behaviour: given the stored state (or none) and one input, decide what
 * happens. Validity comes from the {@link TransitionTable}; the handlers only choose among the
 * targets the table allows, and a handler that strays from it fails loudly.
 */
public final class RequestDecider {

    /** The category of a request whose analysis failed and that came without a hint. */
    public static final String UNCATEGORISED = Intake.UNCATEGORISED;

    private static final Set<String> STAFF_ROLES = Set.of("agent", "admin");

    private final LifecyclePolicy policy;
    private final Map<InputKind, BiFunction<Input, Changes, Decision>> handlers = new EnumMap<>(InputKind.class);

    public RequestDecider(LifecyclePolicy policy, StoreCatalog catalog) {
        this.policy = policy;
        Sourcing sourcing = new Sourcing(policy, catalog);
        Intake intake = new Intake(sourcing);
        Refunds refunds = new Refunds();
        Payments payments = new Payments(policy, refunds);
        GatewayAlerts alerts = new GatewayAlerts();
        Fulfilment fulfilment = new Fulfilment();
        Staffing staffing = new Staffing();

        handlers.put(InputKind.CREATE_REQUEST, (in, c) -> intake.create((Input.Command) in, c));
        handlers.put(InputKind.ENRICHMENT_COMPLETED, (in, c) -> intake.enrichmentCompleted((Input.EnrichmentCompleted) in, c));
        handlers.put(InputKind.ENRICHMENT_FAILED, (in, c) -> intake.enrichmentFailed((Input.EnrichmentFailed) in, c));
        handlers.put(InputKind.CUSTOMER_MESSAGE, (in, c) -> intake.customerMessage((Input.CustomerMessage) in, c));
        handlers.put(InputKind.AGENT_MESSAGE, (in, c) -> staffing.agentSpoke(c));
        handlers.put(InputKind.ASSIGN_AGENT, (in, c) -> staffing.assignManually((Input.Command) in, c));
        handlers.put(InputKind.AGENT_DECISION, (in, c) -> staffing.decided((Input.AgentDecision) in, c));
        handlers.put(InputKind.STORE_MESSAGE, (in, c) -> sourcing.storeMessage((Input.StoreMessage) in, c));
        handlers.put(InputKind.RECORD_STORE_QUOTE, (in, c) -> sourcing.recordStoreQuote((Input.Command) in, c));
        handlers.put(InputKind.SEND_QUOTE, (in, c) -> sourcing.sendQuote((Input.Command) in, c));
        handlers.put(InputKind.ACCEPT_QUOTE, (in, c) -> payments.acceptQuote((Input.Command) in, c));
        handlers.put(InputKind.PAYMENT_LINK_CREATED, (in, c) -> payments.linkCreated((Input.PaymentLinkCreated) in, c));
        handlers.put(InputKind.PAYMENT_CAPTURED, (in, c) -> payments.captured((Input.PaymentCaptured) in, c));
        handlers.put(InputKind.PAYMENT_FAILED, (in, c) -> payments.failed((Input.PaymentFailed) in, c));
        handlers.put(InputKind.PAYMENT_LINK_EXPIRED, (in, c) -> payments.linkExpired((Input.PaymentLinkExpired) in, c));
        handlers.put(InputKind.RESEND_PAYMENT_LINK, (in, c) -> payments.resendLink((Input.Command) in, c));
        handlers.put(InputKind.CANCEL_REQUEST, (in, c) -> payments.cancel((Input.Command) in, c));
        handlers.put(InputKind.REQUEST_REFUND, (in, c) -> refunds.requestRefund((Input.Command) in, c));
        handlers.put(InputKind.REFUND_PROCESSED, (in, c) -> refunds.refunded((Input.RefundProcessed) in, c));
        handlers.put(InputKind.REFUND_FAILED, (in, c) -> refunds.failed((Input.RefundFailed) in, c));
        handlers.put(InputKind.PAYMENT_LINK_CANCELLED, (in, c) -> alerts.linkCancelled((Input.PaymentLinkCancelled) in, c));
        handlers.put(InputKind.PAYMENT_AMOUNT_MISMATCH,
                (in, c) -> alerts.amountMismatch((Input.PaymentAmountMismatch) in, c));
        handlers.put(InputKind.PAYMENT_COMMAND_REJECTED,
                (in, c) -> alerts.commandRejected((Input.PaymentCommandRejected) in, c));
        handlers.put(InputKind.UPDATE_FULFILMENT, (in, c) -> fulfilment.update((Input.Command) in, c));
        handlers.put(InputKind.RATE_REQUEST, (in, c) -> fulfilment.rate((Input.Command) in, c));
        handlers.put(InputKind.FIRST_AGENT_REPLY_DUE, (in, c) -> staffing.breached(Deadline.FIRST_AGENT_REPLY, due(in), c));
        handlers.put(InputKind.QUOTE_DUE, (in, c) -> staffing.breached(Deadline.QUOTE, due(in), c));
        handlers.put(InputKind.PAYMENT_DUE, (in, c) -> staffing.breached(Deadline.PAYMENT, due(in), c));
        handlers.put(InputKind.DELIVERY_DUE, (in, c) -> staffing.breached(Deadline.DELIVERY, due(in), c));
        handlers.put(InputKind.REFUND_DUE, (in, c) -> staffing.breached(Deadline.REFUND, due(in), c));
        handlers.put(InputKind.ENRICHMENT_DUE, (in, c) -> intake.enrichmentTimedOut(c));
        handlers.put(InputKind.INFO_REMINDER_DUE, (in, c) -> intake.remindCustomer(c));
        handlers.put(InputKind.INFO_HANDOVER_DUE, (in, c) -> intake.customerSilent(c));
        handlers.put(InputKind.OUTREACH_WINDOW_DUE, (in, c) -> sourcing.outreachWindowPassed(c));
        handlers.put(InputKind.QUOTE_EXPIRY_DUE, (in, c) -> sourcing.quoteExpired(c));
        Set<InputKind> unhandled = EnumSet.complementOf(EnumSet.copyOf(handlers.keySet()));
        if (!unhandled.isEmpty()) {
            throw new IllegalStateException("no handler for " + unhandled);
        }
    }

    /** The inputs this decider has a handler for: every row of {@link InputKind}. */
    Set<InputKind> handledInputs() {
        return EnumSet.copyOf(handlers.keySet());
    }

    /**
     * @param state the stored aggregate, or {@code null} when no request with this id exists
     */
    public Decision decide(String requestId, RequestState state, Input input, Instant now) {
        RequestStatus status = state == null ? null : state.snapshot().status();
        Optional<TransitionTable.Rule> rule = TransitionTable.rule(status, input.kind());
        if (rule.isEmpty()) {
            return invalid(requestId, status, input);
        }
        if (input instanceof Input.DeadlinePassed timer && !timer.due().equals(deadlines(state).get(timer.deadline()))) {
            return new Decision.Ignored("the " + timer.deadline() + " deadline of " + timer.due() + " no longer applies");
        }
        Decision decision = handlers.get(input.kind()).apply(input, new Changes(requestId, state, now));
        if (decision instanceof Decision.Accepted accepted) {
            RequestStatus after = accepted.state().snapshot().status();
            if (!TransitionTable.permits(rule.get(), status, after)) {
                throw new IllegalStateException(input.kind() + " took request " + requestId + " from " + status + " to "
                        + after + ", which the transition table does not allow");
            }
            if (input instanceof Input.Command command && STAFF_ROLES.contains(command.command().issuedBy().role())) {
                // any staff command is the agent acting on the request: the first-reply SLA is met
                return new Decision.Accepted(accepted.state().withAgentReplied(), accepted.facts(), accepted.outbound());
            }
        }
        return decision;
    }

    public Map<Deadline, Instant> deadlines(RequestState state) {
        return state == null ? Map.of() : Deadlines.of(state, policy);
    }

    private static Decision invalid(String requestId, RequestStatus status, Input input) {
        String what = input instanceof Input.Command command
                ? command.command().getClass().getSimpleName()
                : input.kind().name();
        String reason = status == null
                ? "there is no request " + requestId + " yet, so " + what + " cannot apply"
                : what + " is not possible while the request is " + status;
        return input.kind().isCommand() ? new Decision.Rejected(reason) : new Decision.Ignored(reason);
    }

    private static Instant due(Input input) {
        return ((Input.DeadlinePassed) input).due();
    }
}
