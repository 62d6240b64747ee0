package dev.concierge.enrichment.market.messaging;

import dev.concierge.enrichment.market.domain.MarketRecorder;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import dev.concierge.schemas.envelope.UnknownEventTypeException;
import dev.concierge.schemas.requests.RequestEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * {@code requests.events} → the market's product store. A record that cannot be read goes to
 * {@code requests.events.dlq} with the reason in the {@code dead-letter-*} headers; an event type
 * this build does not know is skipped (the contract grows additively, and it is no fact the market
 * uses), as are known facts the market does not use. Channel settings: {@code mp.messaging.incoming.requests-events.*}.
 */
@ApplicationScoped
public class RequestEventsConsumer {

    private static final Logger LOG = Logger.getLogger(RequestEventsConsumer.class);

    private final MarketRecorder recorder;
    private final EventCodec codec;

    RequestEventsConsumer(MarketRecorder recorder, EventCodec codec) {
        this.recorder = recorder;
        this.codec = codec;
    }

    @Incoming("requests-events")
    @Blocking
    public void consume(Record<String, byte[]> record) {
        CloudEvent<RequestEvent> event;
        try {
            event = codec.decode(record.value(), Topics.REQUESTS_EVENTS);
        } catch (UnknownEventTypeException newerThanThisBuild) {
            LOG.debugf("skipped: %s", newerThanThisBuild.getMessage());
            return;
        }
        recorder.record(event.data(), event.time());
    }
}
