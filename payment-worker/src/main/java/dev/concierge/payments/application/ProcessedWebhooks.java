package dev.concierge.payments.application;

/** Gateway event ids whose events are published: a redelivered webhook is skipped by its id. */
public interface ProcessedWebhooks {

    boolean done(String gatewayEventId);

    void markDone(String gatewayEventId);
}
