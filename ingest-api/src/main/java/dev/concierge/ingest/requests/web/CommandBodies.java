package dev.concierge.ingest.requests.web;

import dev.concierge.ingest.shared.web.FieldLimits;
import dev.concierge.schemas.common.Actor;
import dev.concierge.schemas.common.FulfilmentStage;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.requests.RequestCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The body of {@code POST /v1/requests/{id}/commands/{name}} for each command: what the client
 * sends (the request id comes from the path, the actor from the token).
 */
public final class CommandBodies {

    private CommandBodies() {
    }

    /** A command body turns into the Kafka command once the path and the caller are known. */
    public interface CommandBody {
        RequestCommand toCommand(String requestId, Actor actor);
    }

    public record AcceptQuote(@NotBlank @Pattern(regexp = FieldLimits.ID, message = FieldLimits.ID_MESSAGE) String quoteId) implements CommandBody {
        public RequestCommand toCommand(String requestId, Actor actor) {
            return new RequestCommand.AcceptQuote(requestId, quoteId, actor);
        }
    }

    public record CancelRequest(@NotBlank @Size(max = 500) String reason) implements CommandBody {
        public RequestCommand toCommand(String requestId, Actor actor) {
            return new RequestCommand.CancelRequest(requestId, reason, actor);
        }
    }

    public record AssignAgent(@NotBlank @Pattern(regexp = FieldLimits.ID, message = FieldLimits.ID_MESSAGE) String agentId) implements CommandBody {
        public RequestCommand toCommand(String requestId, Actor actor) {
            return new RequestCommand.AssignAgent(requestId, agentId, actor);
        }
    }

    public record RecordStoreQuote(@NotBlank @Pattern(regexp = FieldLimits.ID, message = FieldLimits.ID_MESSAGE) String storeId, @NotNull Boolean available, Money price,
            @Size(max = 1000) String note) implements CommandBody {
        public RequestCommand toCommand(String requestId, Actor actor) {
            return new RequestCommand.RecordStoreQuote(requestId, storeId, available, price, note, actor);
        }
    }

    public record SendQuote(@NotBlank @Pattern(regexp = FieldLimits.ID, message = FieldLimits.ID_MESSAGE) String storeId, @NotNull Money itemPrice, @NotNull Money deliveryFee,
            @Size(max = 1000) String description, Instant expiresAt) implements CommandBody {
        public RequestCommand toCommand(String requestId, Actor actor) {
            return new RequestCommand.SendQuote(requestId, storeId, itemPrice, deliveryFee, description, expiresAt, actor);
        }
    }

    public record UpdateFulfilment(@NotNull FulfilmentStage stage, @Size(max = 200) String riderName,
            @Size(max = FieldLimits.PHONE) String riderPhone, Instant eta, @Size(max = 1000) String note) implements CommandBody {
        public RequestCommand toCommand(String requestId, Actor actor) {
            return new RequestCommand.UpdateFulfilment(requestId, stage, riderName, riderPhone, eta, note, actor);
        }
    }

    public record RequestRefund(Money amount, @NotBlank @Size(max = 500) String reason) implements CommandBody {
        public RequestCommand toCommand(String requestId, Actor actor) {
            return new RequestCommand.RequestRefund(requestId, amount, reason, actor);
        }
    }

    /** Takes no fields: the request's live link is sent again as it is. */
    public record ResendPaymentLink() implements CommandBody {
        public RequestCommand toCommand(String requestId, Actor actor) {
            return new RequestCommand.ResendPaymentLink(requestId, actor);
        }
    }

    public record RateRequest(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 1000) String comment)
            implements CommandBody {
        public RequestCommand toCommand(String requestId, Actor actor) {
            return new RequestCommand.RateRequest(requestId, rating, comment, actor);
        }
    }
}
