package dev.concierge.projections.privacy.domain;

import java.util.Objects;

/**
 * Whose data key encrypts a value. A customer's profile is under their own key; everything of one
 * request (its text and delivery address, its facts' texts, its chat) under a key of that request,
 * which records the request's customer once any record names them. A chat message can arrive before
 * its request's snapshot (and a rebuild replays topics side by side), so the request's key cannot
 * wait for the owner to be known; erasing a customer erases their key and every key of their requests.
 *
 * @param customerId the customer the data belongs to; null while not known yet (a chat message
 *                   that arrived before its request)
 */
public record KeyOwner(String keyId, String customerId) {

    public KeyOwner {
        Objects.requireNonNull(keyId, "keyId");
    }

    public static KeyOwner customer(String customerId) {
        return new KeyOwner("customer:" + Objects.requireNonNull(customerId, "customerId"), customerId);
    }

    public static KeyOwner request(String requestId, String customerIdOrNull) {
        return new KeyOwner("request:" + Objects.requireNonNull(requestId, "requestId"), customerIdOrNull);
    }
}
