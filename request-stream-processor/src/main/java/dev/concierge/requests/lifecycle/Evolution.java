package dev.concierge.requests.lifecycle;

import static dev.concierge.requests.lifecycle.Flags.*;
import static dev.concierge.schemas.common.RequestStatus.*;

import dev.concierge.schemas.common.FulfilmentStage;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestEvent.*;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Instant;
import java.util.List;

/**
 * How each fact changes the aggregate. The only place the snapshot is edited, so the published
 * state is always exactly the fold of the published facts.
 */
final class Evolution {

    private Evolution() {
    }

    static RequestState apply(RequestState state, RequestEvent event, Instant at) {
        if (event instanceof RequestCreated created) {
            return RequestState.of(new RequestSnapshot(created.requestId(), 0, NEW, created.customerId(), created.text(),
                    created.mediaIds(), created.deliveryAddress(), created.categoryHint(), null, null, List.of(),
                    List.of(), List.of(), null, null, null, null, null, List.of(),
                    List.of(new RequestSnapshot.Transition(NEW, at)), at, at));
        }
        if (event instanceof SlaBreached breached) {
            state = state.withBreached(Deadline.of(breached.sla()));
        }
        if (event instanceof ClarificationRequested) {
            state = state.withoutFired(Deadline.INFO_REMINDER); // a new round of questions earns a new reminder
        }
        if (event instanceof PaymentLinkResent resent) {
            state = state.withResent(resent.commandEventId()); // a redelivered command is recognised by it
        }
        if (event instanceof RefundFailed failed) {
            state = state.withFailedRefund(failed.amount()); // what an admin's retry asks for again
        } else if (event instanceof RefundRequested || event instanceof Refunded) {
            state = state.withFailedRefund(null);
        }
        SnapshotDraft draft = new SnapshotDraft(state.snapshot());
        draft.updatedAt = at;
        change(draft, event, at);
        return state.withSnapshot(draft.build());
    }

    private static void change(SnapshotDraft s, RequestEvent event, Instant at) {
        if (event instanceof EnrichmentRequested) {
            s.openQuestions = List.of();
            s.moveTo(ENRICHING, at);
        } else if (event instanceof ClarificationRequested clarification) {
            s.openQuestions = clarification.questions();
            if (clarification.category() != null) {
                // what the asking analysis understood, shown while the customer answers; the next analysis replaces it
                s.enrichment = new RequestSnapshot.Enrichment(clarification.category(), clarification.summary(),
                        clarification.specs(), null, clarification.details());
            }
            s.moveTo(NEEDS_INFO, at);
        } else if (event instanceof RequestEnriched enriched) {
            s.enrichment = new RequestSnapshot.Enrichment(enriched.category(), enriched.summary(), enriched.specs(),
                    enriched.priceHint(), enriched.details());
            if (enriched.flaggedForAgent()) {
                s.flag(ENRICHMENT_FAILED);
            }
            s.moveTo(SOURCING, at);
        } else if (event instanceof AgentAssigned assigned) {
            s.agentId = assigned.agentId();
            s.flags.remove(WAITING_FOR_AGENT);
        } else if (event instanceof AssignmentQueued) {
            if (s.agentId != null) {
                s.flag(AGENT_WENT_OFFLINE);
            }
            s.agentId = null;
            s.flag(WAITING_FOR_AGENT);
        } else if (event instanceof StoreOutreachRequested outreach) {
            outreach.storeIds().forEach(storeId -> s.outreach.add(
                    new RequestSnapshot.Outreach(storeId, outreach.replyCode(), outreach.round(), at)));
        } else if (event instanceof StoreQuoteReceived quote) {
            s.storeQuotes.add(new RequestSnapshot.StoreQuote(quote.storeId(), quote.available(), quote.price(),
                    quote.rawText(), at));
        } else if (event instanceof QuoteSent sent) {
            s.quote = new RequestSnapshot.Quote(sent.quoteId(), sent.storeId(), sent.itemPrice(), sent.deliveryFee(),
                    sent.total(), sent.expiresAt(), false);
            s.paymentLink = null;
            s.moveTo(QUOTED, at);
        } else if (event instanceof QuoteExpired) {
            s.quote = null;
            s.moveTo(SOURCING, at);
        } else if (event instanceof QuoteAccepted) {
            RequestSnapshot.Quote q = s.quote;
            s.quote = new RequestSnapshot.Quote(q.quoteId(), q.storeId(), q.itemPrice(), q.deliveryFee(), q.total(),
                    q.expiresAt(), true);
            s.moveTo(AWAITING_PAYMENT, at);
        } else if (event instanceof PaymentLinkRequested) {
            s.flags.remove(PAYMENT_COMMAND_REJECTED + CREATE_PAYMENT_LINK); // a new link is asked for
            s.moveTo(AWAITING_PAYMENT, at);
        } else if (event instanceof PaymentLinkIssued issued) {
            s.paymentLink = new RequestSnapshot.PaymentLink(issued.linkId(), issued.url(), issued.amount(),
                    issued.expiresAt());
        } else if (event instanceof PaymentLinkExpired) {
            backToQuoted(s, at);
        } else if (event instanceof PaymentLinkCancelled) {
            s.flag(PAYMENT_LINK_CANCELLED);
        } else if (event instanceof PaymentAmountMismatch mismatch) {
            s.flag(AMOUNT_MISMATCH + mismatch.paymentId());
        } else if (event instanceof PaymentCommandRejected rejected) {
            s.flag(PAYMENT_COMMAND_REJECTED + rejected.command());
            if (linkRefused(s, rejected)) {
                backToQuoted(s, at);
            }
        } else if (event instanceof PaymentCaptured captured) {
            s.payment = new RequestSnapshot.Payment(captured.paymentId(), captured.amount(), at, null);
            if (s.status == CANCELLED) {
                s.flag(PAID_AFTER_CANCEL);
            } else {
                s.moveTo(PAID, at);
            }
        } else if (event instanceof FulfilmentUpdated update) {
            s.fulfilment = new RequestSnapshot.Fulfilment(update.stage(), update.riderName(), update.riderPhone(),
                    update.eta(), at);
            if (update.stage() != FulfilmentStage.DELIVERED) {
                s.moveTo(FULFILLING, at);
            }
        } else if (event instanceof Delivered) {
            s.moveTo(DELIVERED, at);
        } else if (event instanceof RequestRated rated) {
            s.rating = new RequestSnapshot.Rating(rated.rating(), rated.comment());
        } else if (event instanceof Cancelled) {
            s.moveTo(CANCELLED, at);
        } else if (event instanceof RequestUnavailable) {
            s.moveTo(UNAVAILABLE, at);
        } else if (event instanceof RefundRequested) {
            s.flags.remove(REFUND_FAILED); // a new attempt
            s.moveTo(REFUND_PENDING, at);
        } else if (event instanceof RefundFailed) {
            s.flag(REFUND_FAILED);
        } else if (event instanceof Refunded refunded) {
            s.flags.remove(REFUND_FAILED);
            RequestSnapshot.Payment p = s.payment;
            s.payment = new RequestSnapshot.Payment(p.paymentId(), p.amount(), p.capturedAt(), refunded.refundId());
            s.moveTo(REFUNDED, at);
        } else if (event instanceof SlaBreached breached) {
            s.flag("sla-breached:" + breached.sla());
        } else if (event instanceof PaymentFailed || event instanceof CommandRejected
                || event instanceof PaymentLinkResent) {
            return; // visible in the event stream; the state does not change
        } else {
            throw new IllegalArgumentException("no evolution for " + event.getClass().getSimpleName());
        }
    }

    /**
     * The gateway refused to create the link the request waits for: no link will come, so the quote is
     * open to be accepted again (a new link attempt) or replaced, as after an expired link.
     */
    private static boolean linkRefused(SnapshotDraft s, PaymentCommandRejected rejected) {
        return CREATE_PAYMENT_LINK.equals(rejected.command()) && s.status == AWAITING_PAYMENT && s.paymentLink == null;
    }

    private static void backToQuoted(SnapshotDraft s, Instant at) {
        RequestSnapshot.Quote q = s.quote;
        s.quote = new RequestSnapshot.Quote(q.quoteId(), q.storeId(), q.itemPrice(), q.deliveryFee(), q.total(),
                q.expiresAt(), false);
        s.paymentLink = null;
        s.moveTo(QUOTED, at);
    }
}
