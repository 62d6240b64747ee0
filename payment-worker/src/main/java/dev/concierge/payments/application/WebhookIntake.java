package dev.concierge.payments.application;

/**
 * One webhook from {@code payments.webhooks}: skipped when its gateway event id was processed;
 * otherwise its facts are published first and the id is marked after, so a crash in between
 * repeats the same facts with the same event ids instead of losing them.
 */
public final class WebhookIntake {

    private final WebhookHandler handler;
    private final ProcessedWebhooks processed;
    private final PaymentEventsOut out;

    public WebhookIntake(WebhookHandler handler, ProcessedWebhooks processed, PaymentEventsOut out) {
        this.handler = handler;
        this.processed = processed;
        this.out = out;
    }

    public void receive(GatewayNotice notice) {
        if (processed.done(notice.eventId())) {
            return;
        }
        out.publish(notice.eventId(), handler.handle(notice));
        processed.markDone(notice.eventId());
    }
}
