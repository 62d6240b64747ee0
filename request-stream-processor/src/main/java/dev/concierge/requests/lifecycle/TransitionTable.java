package dev.concierge.requests.lifecycle;

import static dev.concierge.requests.lifecycle.InputKind.*;
import static dev.concierge.schemas.common.RequestStatus.*;

import dev.concierge.schemas.common.RequestStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The request lifecycle in one place: for each input, the states it is valid in and the states it
 * may lead to. Anything not listed is invalid: a command is rejected with a reason, a stale fact or
 * timer is ignored. Handlers decide between the listed targets (e.g. enrichment with open
 * questions goes to NEEDS_INFO, a complete one to SOURCING); the decider checks they stay inside it.
 *
 * <p>{@code null} as a state means "no request with this id exists yet".
 */
public final class TransitionTable {

    /** The states in which a request is still being worked on; each has a deadline ({@link Deadlines}). */
    public static final Set<RequestStatus> OPEN = EnumSet.of(NEW, ENRICHING, NEEDS_INFO, SOURCING, QUOTED, AWAITING_PAYMENT, PAID,
            FULFILLING, REFUND_PENDING);
    static final Set<RequestStatus> BEFORE_PAYMENT = EnumSet.of(NEW, ENRICHING, NEEDS_INFO, SOURCING, QUOTED,
            AWAITING_PAYMENT);
    static final Set<RequestStatus> ANY = EnumSet.allOf(RequestStatus.class);
    /** Where a request can be once it has had a link to cancel. */
    static final Set<RequestStatus> AFTER_CANCELLING = EnumSet.of(CANCELLED, REFUND_PENDING, REFUNDED);

    public record Rule(InputKind input, boolean fromNothing, Set<RequestStatus> from, Set<RequestStatus> to,
            boolean mayStay) {
    }

    private static final List<Rule> RULES = new ArrayList<>();

    static {
        // input                 valid in                                  leads to
        onCreate(CREATE_REQUEST, ENRICHING);
        on(ENRICHMENT_COMPLETED, states(ENRICHING), targets(NEEDS_INFO, SOURCING, UNAVAILABLE));
        on(ENRICHMENT_FAILED, states(ENRICHING), targets(SOURCING, UNAVAILABLE));
        on(CUSTOMER_MESSAGE, states(NEEDS_INFO), targets(ENRICHING));
        on(AGENT_MESSAGE, OPEN, staying());
        on(ASSIGN_AGENT, OPEN, staying());
        on(AGENT_DECISION, OPEN, staying());
        on(STORE_MESSAGE, states(SOURCING, QUOTED), staying());
        on(RECORD_STORE_QUOTE, states(SOURCING, QUOTED), staying());
        on(SEND_QUOTE, states(SOURCING, QUOTED), targets(QUOTED));
        on(ACCEPT_QUOTE, states(QUOTED), targets(AWAITING_PAYMENT));
        on(PAYMENT_LINK_CREATED, states(AWAITING_PAYMENT), staying());
        on(PAYMENT_LINK_CREATED, states(CANCELLED), staying());            // cancelled before it came: close it
        on(PAYMENT_LINK_CANCELLED, AFTER_CANCELLING, staying());
        on(PAYMENT_FAILED, states(AWAITING_PAYMENT), staying());
        on(RESEND_PAYMENT_LINK, states(AWAITING_PAYMENT), staying());      // only a live link (Payments)
        on(PAYMENT_LINK_EXPIRED, states(AWAITING_PAYMENT), targets(QUOTED, CANCELLED));
        on(PAYMENT_CAPTURED, states(AWAITING_PAYMENT), targets(PAID));
        on(PAYMENT_CAPTURED, states(CANCELLED), targets(REFUND_PENDING)); // paid after cancelling: give it back
        on(UPDATE_FULFILMENT, states(PAID, FULFILLING), targets(FULFILLING, DELIVERED));
        on(RATE_REQUEST, states(DELIVERED), staying());
        on(CANCEL_REQUEST, BEFORE_PAYMENT, targets(CANCELLED));
        on(CANCEL_REQUEST, states(PAID, FULFILLING), targets(REFUND_PENDING)); // after payment a cancel is a refund
        on(REQUEST_REFUND, states(PAID, FULFILLING, DELIVERED), targets(REFUND_PENDING));
        on(REQUEST_REFUND, states(REFUND_PENDING), staying());             // only an admin retrying a failed refund
        on(REFUND_PROCESSED, states(REFUND_PENDING), targets(REFUNDED));
        on(REFUND_FAILED, states(REFUND_PENDING), staying());              // flagged for an admin
        on(PAYMENT_AMOUNT_MISMATCH, ANY, staying());                       // money at the gateway: always told
        on(PAYMENT_COMMAND_REJECTED, states(AWAITING_PAYMENT), targets(QUOTED), staying()); // no link will come
        on(PAYMENT_COMMAND_REJECTED, allBut(AWAITING_PAYMENT), staying());
        on(FIRST_AGENT_REPLY_DUE, OPEN, staying());
        on(ENRICHMENT_DUE, states(NEW, ENRICHING), targets(SOURCING, UNAVAILABLE)); // as if the analysis had failed
        on(INFO_REMINDER_DUE, states(NEEDS_INFO), staying());
        on(INFO_HANDOVER_DUE, states(NEEDS_INFO), targets(SOURCING, UNAVAILABLE)); // the agent goes on without answers
        on(QUOTE_DUE, states(SOURCING), staying());
        on(OUTREACH_WINDOW_DUE, states(SOURCING), targets(QUOTED, UNAVAILABLE), staying());
        on(QUOTE_EXPIRY_DUE, states(QUOTED), targets(SOURCING, CANCELLED));
        on(PAYMENT_DUE, states(AWAITING_PAYMENT), staying());
        on(DELIVERY_DUE, states(PAID, FULFILLING), staying());
        on(REFUND_DUE, states(REFUND_PENDING), staying());
    }

    private TransitionTable() {
    }

    /** The rule that makes {@code input} valid in {@code status}, if there is one. */
    public static Optional<Rule> rule(RequestStatus status, InputKind input) {
        return RULES.stream()
                .filter(rule -> rule.input() == input)
                .filter(rule -> status == null ? rule.fromNothing() : rule.from().contains(status))
                .findFirst();
    }

    /** Whether {@code rule} allows ending in {@code status} when it started in {@code from}. */
    static boolean permits(Rule rule, RequestStatus from, RequestStatus status) {
        return rule.to().contains(status) || rule.mayStay() && status == from;
    }

    private static void onCreate(InputKind input, RequestStatus target) {
        RULES.add(new Rule(input, true, Set.of(), EnumSet.of(target), false));
    }

    private static void on(InputKind input, Set<RequestStatus> from, Set<RequestStatus> to) {
        RULES.add(new Rule(input, false, from, to, false));
    }

    private static void on(InputKind input, Set<RequestStatus> from, Set<RequestStatus> to, Staying staying) {
        RULES.add(new Rule(input, false, from, to, true));
    }

    private static void on(InputKind input, Set<RequestStatus> from, Staying staying) {
        RULES.add(new Rule(input, false, from, Set.of(), true));
    }

    private static Set<RequestStatus> states(RequestStatus first, RequestStatus... rest) {
        return EnumSet.of(first, rest);
    }

    private static Set<RequestStatus> allBut(RequestStatus excluded) {
        return EnumSet.complementOf(EnumSet.of(excluded));
    }

    private static Set<RequestStatus> targets(RequestStatus first, RequestStatus... rest) {
        return EnumSet.of(first, rest);
    }

    /** Marks rules whose input may leave the request in the state it was in. */
    private enum Staying { YES }

    private static Staying staying() {
        return Staying.YES;
    }
}
