package dev.concierge.payments.application;

import dev.concierge.schemas.payments.PaymentEvent;
import java.util.List;

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

    /** The facts published for this notice: none when its event id was done or it told nothing new. */
    public List<PaymentEvent> receive(GatewayNotice notice) {
        if (processed.done(notice.eventId())) {
            return List.of();
        }
        List<PaymentEvent> facts = handler.handle(notice);
        out.publish(notice.eventId(), facts);
        processed.markDone(notice.eventId());
        return facts;
    }
}
