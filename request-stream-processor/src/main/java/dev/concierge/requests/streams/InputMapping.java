package dev.concierge.requests.streams;

import dev.concierge.requests.lifecycle.Input;
import dev.concierge.schemas.chat.ChatEvent;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.enrichment.EnrichmentResult;
import dev.concierge.schemas.payments.PaymentEvent;
import dev.concierge.schemas.requests.AnalysisDetails;
import dev.concierge.schemas.requests.RequestCommand;
import java.util.Optional;

/**
 * Topic records in the lifecycle's words. Records that mean nothing to a request (ledger lines,
 * the bot's own chat messages) map to nothing, deliberately and by type, not by a catch-all.
 */
final class InputMapping {

    private InputMapping() {
    }

    static Input command(String eventId, RequestCommand command) {
        return new Input.Command(eventId, command);
    }

    static Input enrichment(EnrichmentResult result) {
        if (result instanceof EnrichmentResult.EnrichmentCompleted done) {
            return new Input.EnrichmentCompleted(done.attempt(), done.category(), done.summary(), done.specs(),
                    done.questions(), done.priceHint(), new AnalysisDetails(done.subcategory(), done.brand(),
                            done.productName(), done.missingAttributes(), done.photoText(), done.barcodes(),
                            done.providers(), done.degraded(), done.degradedReasons(), done.confidence(), done.photoLabels(),
                            done.priceEstimate(), done.matches()));
        }
        EnrichmentResult.EnrichmentFailed failed = (EnrichmentResult.EnrichmentFailed) result;
        return new Input.EnrichmentFailed(failed.attempt(), failed.reason());
    }

    static Optional<Input> payment(PaymentEvent event) {
        if (event instanceof PaymentEvent.PaymentLinkCreated link) {
            return Optional.of(new Input.PaymentLinkCreated(link.linkId(), link.url(), link.amount(), link.expiresAt()));
        }
        if (event instanceof PaymentEvent.PaymentCaptured captured) {
            return Optional.of(new Input.PaymentCaptured(captured.paymentId(), captured.amount(), captured.receiptUrl()));
        }
        if (event instanceof PaymentEvent.PaymentFailed failed) {
            return Optional.of(new Input.PaymentFailed(failed.reason()));
        }
        if (event instanceof PaymentEvent.PaymentLinkExpired expired) {
            return Optional.of(new Input.PaymentLinkExpired(expired.linkId()));
        }
        if (event instanceof PaymentEvent.RefundProcessed refund) {
            return Optional.of(new Input.RefundProcessed(refund.refundId(), refund.amount()));
        }
        if (event instanceof PaymentEvent.PaymentLinkCancelled cancelled) {
            return Optional.of(new Input.PaymentLinkCancelled(cancelled.linkId()));
        }
        if (event instanceof PaymentEvent.RefundFailed failed) {
            return Optional.of(new Input.RefundFailed(failed.paymentId(), failed.amount(), failed.reason()));
        }
        if (event instanceof PaymentEvent.PaymentAmountMismatch mismatch) {
            return Optional.of(new Input.PaymentAmountMismatch(mismatch.linkId(), mismatch.paymentId(),
                    mismatch.expected(), mismatch.paid()));
        }
        if (event instanceof PaymentEvent.PaymentCommandRejected rejected) {
            return Optional.of(new Input.PaymentCommandRejected(rejected.command(), rejected.reason()));
        }
        if (event instanceof PaymentEvent.LedgerEntryRecorded) {
            return Optional.empty(); // bookkeeping of the payment worker; the request already knows
        }
        throw new IllegalArgumentException("unmapped payment event " + event.getClass().getSimpleName());
    }

    /** The customer's words can answer questions; an agent's words meet the first-reply SLA. */
    static Optional<Input> chat(ChatEvent event) {
        if (!(event instanceof ChatEvent.ChatMessagePosted message)) {
            return Optional.empty(); // read receipts change nothing in the request's state
        }
        if (message.author() == Author.CUSTOMER) {
            String text = message.text() != null ? message.text()
                    : "[" + message.attachments().size() + " attachment(s)]";
            return Optional.of(new Input.CustomerMessage(text));
        }
        if (message.author() == Author.AGENT) {
            return Optional.of(new Input.AgentMessage(message.authorId()));
        }
        return Optional.empty(); // BOT messages are ours; STORE messages arrive through stores.inbound
    }
}
