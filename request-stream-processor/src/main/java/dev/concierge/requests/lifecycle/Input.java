package dev.concierge.requests.lifecycle;

import dev.concierge.requests.assignment.AssignmentDecision;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.requests.AnalysisDetails;
import dev.concierge.schemas.requests.RequestCommand;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One thing that happened to a request, in the domain's own words. The streams layer translates
 * topic records into these, so the lifecycle does not depend on every worker's wire format.
 */
public sealed interface Input {

    InputKind kind();

    /** A command from requests.commands; {@code eventId} is its CloudEvent id, echoed in rejections. */
    record Command(String eventId, RequestCommand command) implements Input {
        @Override
        public InputKind kind() {
            return InputKind.of(command);
        }
    }

    /** {@code attempt} says which analysis this answers; an answer to an older one is stale. */
    /** {@code details} is null for results of the older shape. */
    record EnrichmentCompleted(int attempt, String category, String summary, Map<String, String> specs,
            List<String> questions, Money priceHint, AnalysisDetails details) implements Input {
        public EnrichmentCompleted {
            specs = specs == null ? Map.of() : Map.copyOf(specs);
            questions = questions == null ? List.of() : List.copyOf(questions);
        }

        public EnrichmentCompleted(int attempt, String category, String summary, Map<String, String> specs,
                List<String> questions, Money priceHint) {
            this(attempt, category, summary, specs, questions, priceHint, null);
        }

        @Override
        public InputKind kind() {
            return InputKind.ENRICHMENT_COMPLETED;
        }
    }

    record EnrichmentFailed(int attempt, String reason) implements Input {
        @Override
        public InputKind kind() {
            return InputKind.ENRICHMENT_FAILED;
        }
    }

    record CustomerMessage(String text) implements Input {
        @Override
        public InputKind kind() {
            return InputKind.CUSTOMER_MESSAGE;
        }
    }

    record AgentMessage(String agentId) implements Input {
        @Override
        public InputKind kind() {
            return InputKind.AGENT_MESSAGE;
        }
    }

    /** A store's WhatsApp message already matched to this request by reply code or open outreach. */
    record StoreMessage(String storeId, String text) implements Input {
        @Override
        public InputKind kind() {
            return InputKind.STORE_MESSAGE;
        }
    }

    record PaymentLinkCreated(String linkId, String url, Money amount, Instant expiresAt) implements Input {
        @Override
        public InputKind kind() {
            return InputKind.PAYMENT_LINK_CREATED;
        }
    }

    /** {@code receiptUrl} is the payment worker's signed link to the PDF receipt, or null when it made none. */
    record PaymentCaptured(String paymentId, Money amount, String receiptUrl) implements Input {
        public PaymentCaptured(String paymentId, Money amount) {
            this(paymentId, amount, null);
        }

        @Override
        public InputKind kind() {
            return InputKind.PAYMENT_CAPTURED;
        }
    }

    record PaymentFailed(String reason) implements Input {
        @Override
        public InputKind kind() {
            return InputKind.PAYMENT_FAILED;
        }
    }

    record PaymentLinkExpired(String linkId) implements Input {
        @Override
        public InputKind kind() {
            return InputKind.PAYMENT_LINK_EXPIRED;
        }
    }

    record RefundProcessed(String refundId, Money amount) implements Input {
        @Override
        public InputKind kind() {
            return InputKind.REFUND_PROCESSED;
        }
    }

    record PaymentLinkCancelled(String linkId) implements Input {
        @Override
        public InputKind kind() {
            return InputKind.PAYMENT_LINK_CANCELLED;
        }
    }

    /** {@code reason} is the gateway's message. */
    record RefundFailed(String paymentId, Money amount, String reason) implements Input {
        @Override
        public InputKind kind() {
            return InputKind.REFUND_FAILED;
        }
    }

    /** The customer paid {@code paid} on a link issued for {@code expected}: an alert, not a capture. */
    record PaymentAmountMismatch(String linkId, String paymentId, Money expected, Money paid) implements Input {
        @Override
        public InputKind kind() {
            return InputKind.PAYMENT_AMOUNT_MISMATCH;
        }
    }

    /** The gateway refused {@code command} (its record name) with {@code reason}. */
    record PaymentCommandRejected(String command, String reason) implements Input {
        @Override
        public InputKind kind() {
            return InputKind.PAYMENT_COMMAND_REJECTED;
        }
    }

    record AgentDecision(AssignmentDecision decision) implements Input {
        @Override
        public InputKind kind() {
            return InputKind.AGENT_DECISION;
        }
    }

    /** {@code due} must still be the request's deadline of that kind, or the timer is stale. */
    record DeadlinePassed(Deadline deadline, Instant due) implements Input {
        @Override
        public InputKind kind() {
            return deadline.passed();
        }
    }
}
