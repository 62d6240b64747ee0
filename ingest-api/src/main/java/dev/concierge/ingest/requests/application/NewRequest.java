package dev.concierge.ingest.requests.application;

import dev.concierge.schemas.common.Address;
import java.util.List;

/**
 * What a customer asks for: words, photos or both, and where it should be delivered ({@code null}:
 * at the customer's saved default address).
 */
public record NewRequest(String text, List<String> mediaIds, Address deliveryAddress, String categoryHint) {

    public NewRequest {
        mediaIds = mediaIds == null ? List.of() : List.copyOf(mediaIds);
    }
}
