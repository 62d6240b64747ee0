package dev.concierge.payments.messaging;

import dev.concierge.payments.application.MalformedWebhookException;
import dev.concierge.payments.application.UnknownPaymentException;
import dev.concierge.payments.application.WebhookIntake;
import dev.concierge.payments.razorpay.RazorpayWebhookParser;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.EventDecodingException;
import dev.concierge.schemas.payments.PaymentWebhook.RazorpayWebhookReceived;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code payments.webhooks} → payment facts. A MongoDB or Kafka hiccup is retried in place; a record
 * that cannot be read, a payload that lacks what its event carries, or a webhook about a link this
 * worker never created goes to {@code payments.webhooks.dlq} with the reason.
 */
@ApplicationScoped
public class WebhookConsumer {

    private final WebhookIntake intake;
    private final EventCodec codec;

    WebhookConsumer(WebhookIntake intake, EventCodec codec) {
        this.intake = intake;
        this.codec = codec;
    }

    @Incoming("payment-webhooks")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200,
            abortOn = {EventDecodingException.class, MalformedWebhookException.class, UnknownPaymentException.class})
    public void consume(Record<String, byte[]> record) {
        var webhook = codec.decode(record.value(), Topics.PAYMENTS_WEBHOOKS).data();
        intake.receive(RazorpayWebhookParser.parse((RazorpayWebhookReceived) webhook));
    }
}
