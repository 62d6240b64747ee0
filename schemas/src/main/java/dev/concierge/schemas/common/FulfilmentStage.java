package dev.concierge.schemas.common;

/** Steps after payment; DELIVERED closes the request. */
public enum FulfilmentStage {
    PICKED_UP, OUT_FOR_DELIVERY, DELIVERED
}
