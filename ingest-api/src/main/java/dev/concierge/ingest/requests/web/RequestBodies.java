package dev.concierge.ingest.requests.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.ingest.requests.application.NewRequest;
import dev.concierge.ingest.shared.web.AddressBody;
import dev.concierge.ingest.shared.web.FieldLimits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Bodies of the /v1/requests endpoints. */
public final class RequestBodies {

    private RequestBodies() {
    }

    public record CreateRequestBody(
            @Size(max = 4000) String text,
            @Size(max = 10) List<String> mediaIds,
            @Valid AddressBody deliveryAddress,
            @Size(max = 100) String categoryHint) {

        /** No {@code deliveryAddress}: the customer's saved default address is used. */
        public NewRequest toNewRequest() {
            return new NewRequest(text, mediaIds, deliveryAddress == null ? null : deliveryAddress.toAddress(), categoryHint);
        }
    }

    public record MessageBody(@Size(max = 4000) String text, @Size(max = 10) List<String> mediaIds) {
    }

    /** A read receipt: the newest message the caller has seen. */
    public record ReadBody(
            @NotBlank @Pattern(regexp = FieldLimits.ID, message = FieldLimits.ID_MESSAGE) String upToMessageId) {
    }

    public record BulkBody(
            @NotBlank @Size(max = FieldLimits.TAG) String command,
            @NotEmpty @Size(max = 500) List<@NotNull @Size(max = 40) String> requestIds,
            JsonNode params) {
    }
}
