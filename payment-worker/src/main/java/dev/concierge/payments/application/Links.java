package dev.concierge.payments.application;

import java.util.Optional;

/** The links this worker created (MongoDB in the service): a webhook's way back to its request. */
public interface Links {

    void remember(KnownLink link);

    Optional<KnownLink> byId(String linkId);

    Optional<KnownLink> byOrderId(String orderId);
}
