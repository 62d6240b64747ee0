package dev.concierge.requests.lifecycle;

import static dev.concierge.schemas.common.RequestStatus.*;

import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

/**
 * The deadlines a request has running, derived from its state alone. Because they are a function
 * of the stored aggregate they survive restarts; the streams layer keeps an index of them so that
 * the timer scans due entries only.
 */
public final class Deadlines {

    private Deadlines() {
    }

    /** Each deadline to the millisecond, the precision of the index and of Kafka's clocks. */
    public static Map<Deadline, Instant> of(RequestState state, LifecyclePolicy policy) {
        Map<Deadline, Instant> due = running(state, policy);
        due.replaceAll((deadline, at) -> at.truncatedTo(ChronoUnit.MILLIS));
        return due;
    }

    private static Map<Deadline, Instant> running(RequestState state, LifecyclePolicy policy) {
        Map<Deadline, Instant> due = new EnumMap<>(Deadline.class);
        RequestSnapshot s = state.snapshot();
        RequestStatus status = s.status();
        if (status.isOpen() && !state.agentReplied() && !state.breachedSlas().contains(Deadline.FIRST_AGENT_REPLY)) {
            due.put(Deadline.FIRST_AGENT_REPLY, s.createdAt().plus(policy.firstAgentReply()));
        }
        LifecyclePolicy.Limits limits = policy.limits();
        if (status == NEW || status == ENRICHING) {
            due.put(Deadline.ENRICHMENT, enteredAt(s, status).plus(limits.enrichment()));
        }
        if (status == NEEDS_INFO) {
            Instant asked = enteredAt(s, NEEDS_INFO);
            if (!state.breachedSlas().contains(Deadline.INFO_REMINDER)) {
                due.put(Deadline.INFO_REMINDER, asked.plus(limits.infoReminder()));
            }
            due.put(Deadline.INFO_HANDOVER, asked.plus(limits.infoHandover()));
        }
        if (status == SOURCING && !state.breachedSlas().contains(Deadline.QUOTE)) {
            due.put(Deadline.QUOTE, enteredAt(s, SOURCING).plus(policy.quoteSla()));
        }
        if (status == SOURCING && !s.outreach().isEmpty() && windowMatters(s, policy)) {
            Instant lastContact = s.outreach().stream().map(RequestSnapshot.Outreach::contactedAt)
                    .max(Comparator.naturalOrder()).orElseThrow();
            due.put(Deadline.OUTREACH_WINDOW, lastContact.plus(policy.outreachWindow()));
        }
        if (status == QUOTED && s.quote() != null && s.quote().expiresAt() != null) {
            due.put(Deadline.QUOTE_EXPIRY, s.quote().expiresAt());
        }
        if (status == AWAITING_PAYMENT && !state.breachedSlas().contains(Deadline.PAYMENT)) {
            due.put(Deadline.PAYMENT, enteredAt(s, AWAITING_PAYMENT).plus(policy.paymentSla()));
        }
        if ((status == PAID || status == FULFILLING) && !state.breachedSlas().contains(Deadline.DELIVERY)) {
            due.put(Deadline.DELIVERY, enteredAt(s, PAID).plus(limits.deliverySla()));
        }
        if (status == REFUND_PENDING && !state.breachedSlas().contains(Deadline.REFUND)) {
            due.put(Deadline.REFUND, enteredAt(s, REFUND_PENDING).plus(limits.refundSla()));
        }
        return due;
    }

    /**
     * The window's end matters when nobody has said yes yet (time to widen the search), or when
     * quotes go out automatically and a priced yes is waiting for it. Otherwise the agent quotes.
     */
    private static boolean windowMatters(RequestSnapshot s, LifecyclePolicy policy) {
        boolean anyYes = s.storeQuotes().stream().anyMatch(RequestSnapshot.StoreQuote::available);
        boolean pricedYes = s.storeQuotes().stream().anyMatch(q -> q.available() && q.price() != null);
        return !anyYes || policy.autoQuote() && pricedYes;
    }

    static Instant enteredAt(RequestSnapshot s, RequestStatus status) {
        return s.transitions().stream()
                .filter(t -> t.status() == status)
                .map(RequestSnapshot.Transition::at)
                .reduce((first, second) -> second)
                .orElse(s.updatedAt());
    }
}
