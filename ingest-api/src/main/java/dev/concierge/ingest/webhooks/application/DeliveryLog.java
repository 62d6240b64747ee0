package dev.concierge.ingest.webhooks.application;

/**
 * Gateways deliver webhooks at least once. Each delivery id is claimed before its event is
 * produced and marked done after, so a redelivery produces nothing and a failed attempt can be retried.
 */
public interface DeliveryLog {

    enum Claim { NEW, IN_PROGRESS, DONE }

    Claim claim(String deliveryId);

    void complete(String deliveryId);

    void release(String deliveryId);
}
