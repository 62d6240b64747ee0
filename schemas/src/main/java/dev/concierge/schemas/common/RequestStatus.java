package dev.concierge.schemas.common;

/** The request lifecycle from the contract. */
public enum RequestStatus {
    NEW, ENRICHING, NEEDS_INFO, SOURCING, QUOTED, AWAITING_PAYMENT, PAID, FULFILLING, DELIVERED,
    CANCELLED, REFUND_PENDING, REFUNDED, UNAVAILABLE;

    public boolean isOpen() {
        return this != DELIVERED && this != CANCELLED && this != REFUNDED && this != UNAVAILABLE;
    }
}
