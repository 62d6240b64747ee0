package dev.concierge.schemas.requests;

import dev.concierge.schemas.common.Actor;
import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.FulfilmentStage;
import dev.concierge.schemas.common.Immutable;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.common.Nullable;
import dev.concierge.schemas.envelope.EventType;
import java.time.Instant;
import java.util.List;

/**
 * Values of {@code requests.commands}, keyed by request id. Each is an intent; the request
 * processor turns it into facts or a {@link RequestEvent.CommandRejected}. This sealed hierarchy
 * is the one list of request commands: the ingest API's bodies and policy and the processor's
 * input kinds and handlers are derived from it or checked against it (schemas README).
 */
public sealed interface RequestCommand {

    String requestId();

    Actor issuedBy();

    @EventType("concierge.request.command.create-request.v1")
    record CreateRequest(
            String requestId,
            String customerId,
            @Nullable String text,
            List<String> mediaIds,
            Address deliveryAddress,
            @Nullable String categoryHint,
            Actor issuedBy) implements RequestCommand {

        public CreateRequest {
            mediaIds = Immutable.list(mediaIds);
        }
    }

    @EventType("concierge.request.command.accept-quote.v1")
    record AcceptQuote(String requestId, String quoteId, Actor issuedBy) implements RequestCommand {
    }

    @EventType("concierge.request.command.cancel-request.v1")
    record CancelRequest(String requestId, String reason, Actor issuedBy) implements RequestCommand {
    }

    @EventType("concierge.request.command.assign-agent.v1")
    record AssignAgent(String requestId, String agentId, Actor issuedBy) implements RequestCommand {
    }

    /** An agent records what a store said (e.g. on a phone call) as if the store had replied. */
    @EventType("concierge.request.command.record-store-quote.v1")
    record RecordStoreQuote(
            String requestId,
            String storeId,
            boolean available,
            @Nullable Money price,
            @Nullable String note,
            Actor issuedBy) implements RequestCommand {
    }

    @EventType("concierge.request.command.send-quote.v1")
    record SendQuote(
            String requestId,
            String storeId,
            Money itemPrice,
            Money deliveryFee,
            @Nullable String description,
            @Nullable Instant expiresAt,
            Actor issuedBy) implements RequestCommand {
    }

    @EventType("concierge.request.command.update-fulfilment.v1")
    record UpdateFulfilment(
            String requestId,
            FulfilmentStage stage,
            @Nullable String riderName,
            @Nullable String riderPhone,
            @Nullable Instant eta,
            @Nullable String note,
            Actor issuedBy) implements RequestCommand {
    }

    /** Full refund when {@code amount} is absent. */
    @EventType("concierge.request.command.request-refund.v1")
    record RequestRefund(String requestId, @Nullable Money amount, String reason, Actor issuedBy)
            implements RequestCommand {
    }

    /**
     * Staff ask for the customer to be sent the request's live payment link once more (the same link,
     * through the same channels the first one took).
     */
    @EventType("concierge.request.command.resend-payment-link.v1")
    record ResendPaymentLink(String requestId, Actor issuedBy) implements RequestCommand {
    }

    @EventType("concierge.request.command.rate-request.v1")
    record RateRequest(String requestId, int rating, @Nullable String comment, Actor issuedBy)
            implements RequestCommand {

        public RateRequest {
            if (rating < 1 || rating > 5) {
                throw new IllegalArgumentException("rating must be between 1 and 5, was " + rating);
            }
        }
    }
}
