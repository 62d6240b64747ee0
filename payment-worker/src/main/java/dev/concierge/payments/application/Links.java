package dev.concierge.payments.application;

import java.util.List;
import java.util.Optional;

/** The links this worker created (MongoDB in the service): a webhook's way back to its request. */
public interface Links {

    void remember(KnownLink link);

    Optional<KnownLink> byId(String linkId);

    Optional<KnownLink> byOrderId(String orderId);

    /** Links not yet found paid, expired or cancelled at the gateway: what reconciliation asks about. */
    List<KnownLink> unsettled();

    /** The gateway says the link is done with ({@code paid}, {@code expired}, {@code cancelled}); remembering it again keeps that. */
    void settle(String linkId, String gatewayStatus);
}
