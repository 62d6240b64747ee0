package dev.concierge.payments.simulated;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the simulated gateway keeps its links and refunds (MongoDB, so a restart forgets nothing). */
public interface SimulatedLinks {

    Optional<SimulatedLink> byId(String linkId);

    Optional<SimulatedLink> byReference(String referenceId);

    Optional<SimulatedLink> byPayment(String paymentId);

    /** Stores a new link; when its reference id is taken (a concurrent create), the link that holds it. */
    SimulatedLink insert(SimulatedLink link);

    /** created → paid with this payment and its webhooks; false when the link was no longer {@code created}. */
    boolean markPaid(String linkId, String paymentId, List<SignedWebhook> deliveries);

    /** created → cancelled; false when the link was no longer {@code created}. */
    boolean markCancelled(String linkId);

    /** Links whose expiry passed unpaid and whose {@code payment_link.expired} was not yet accepted by the receiver. */
    List<SimulatedLink> expiredUnannounced(Instant now);

    /** created → expired with its {@code payment_link.expired} webhook; false when the link was no longer {@code created}. */
    boolean markExpired(String linkId, SignedWebhook expiry);

    /** The receiver accepted the link's {@code payment_link.expired}: the sweep need not post it again. */
    void markExpiryAnnounced(String linkId);

    List<SimulatedRefund> refundsOf(String paymentId);

    void insertRefund(SimulatedRefund refund);
}
