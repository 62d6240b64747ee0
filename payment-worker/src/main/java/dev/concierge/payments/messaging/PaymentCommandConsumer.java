package dev.concierge.payments.messaging;

import dev.concierge.payments.application.PaymentCommandHandler;
import dev.concierge.payments.application.PaymentEventsOut;
import dev.concierge.payments.gateway.NoGatewayConfiguredException;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.EventDecodingException;
import dev.concierge.schemas.payments.PaymentCommand;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code payments.commands} → the gateway → {@code payments.events}. A gateway that cannot answer
 * (5xx, timeout) is retried in place with exponential backoff; when the retries run out, or the
 * record cannot be read, or no gateway is configured, the record goes to
 * {@code payments.commands.dlq} with the reason in the {@code dead-letter-*} headers and the next
 * one is processed. Channel settings: {@code mp.messaging.incoming.payment-commands.*}.
 */
@ApplicationScoped
public class PaymentCommandConsumer {

    private final PaymentCommandHandler handler;
    private final PaymentEventsOut out;
    private final EventCodec codec;

    PaymentCommandConsumer(PaymentCommandHandler handler, PaymentEventsOut out, EventCodec codec) {
        this.handler = handler;
        this.out = out;
        this.codec = codec;
    }

    @Incoming("payment-commands")
    @Blocking
    @Retry(maxRetries = 5, delay = 500, jitter = 200, maxDuration = 60_000,
            abortOn = {EventDecodingException.class, NoGatewayConfiguredException.class})
    @ExponentialBackoff(factor = 2, maxDelay = 8_000)
    public void consume(Record<String, byte[]> record) {
        CloudEvent<PaymentCommand> command = codec.decode(record.value(), Topics.PAYMENTS_COMMANDS);
        out.publish(command.id(), handler.handle(command.id(), command.data()));
    }
}
