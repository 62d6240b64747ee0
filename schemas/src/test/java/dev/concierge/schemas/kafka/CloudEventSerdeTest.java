package dev.concierge.schemas.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.UnknownEventTypeException;
import dev.concierge.schemas.fixtures.SampleEvents;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestEvent.QuoteAccepted;
import dev.concierge.schemas.stores.StoreEvent.StoreAvailabilityChanged;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class CloudEventSerdeTest {

    private static final CloudEvent<RequestEvent> QUOTE_ACCEPTED = CloudEvent.of(
            "2b7c8d9e-0f1a-4b2c-8d3e-4f5a6b7c8d9e", "request-stream-processor", SampleEvents.AT, "req_1",
            new QuoteAccepted("req_1", "quo_1", SampleEvents.TOTAL));

    @Test
    void a_topic_serde_round_trips_an_event_and_marks_it_as_cloudevents_json() {
        // given the serde of requests.events and an empty set of record headers
        Serde<CloudEvent<RequestEvent>> serde = CloudEventSerde.forTopic(Topics.REQUESTS_EVENTS);
        Headers headers = new RecordHeaders();

        // when an event goes through its serializer and deserializer
        byte[] value = serde.serializer().serialize("requests.events", headers, QUOTE_ACCEPTED);
        CloudEvent<RequestEvent> read = serde.deserializer().deserialize("requests.events", headers, value);

        // then the same event comes out and the record says what it holds
        assertThat(read).isEqualTo(QUOTE_ACCEPTED);
        Header contentType = headers.lastHeader("content-type");
        assertThat(new String(contentType.value(), StandardCharsets.UTF_8)).isEqualTo("application/cloudevents+json");
    }

    @Test
    void the_serializer_replaces_a_stale_content_type_header() {
        // given headers copied from a record that was plain JSON
        Headers headers = new RecordHeaders().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));

        // when the event is serialized
        new CloudEventSerializer<RequestEvent>().serialize("requests.events", headers, QUOTE_ACCEPTED);

        // then exactly one content-type remains, the CloudEvents one
        assertThat(headers.headers("content-type")).hasSize(1);
        assertThat(new String(headers.lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json");
    }

    @Test
    void a_topic_serde_rejects_an_event_of_another_topic() {
        // given a store event on the wire
        byte[] storeEvent = new CloudEventSerializer<>().serialize("stores.events", CloudEvent.of(
                "5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e8f", "ingest-api", SampleEvents.AT, "sto_1",
                new StoreAvailabilityChanged("sto_1", false, null)));

        // when / then the requests.events serde refuses it with the type in the message
        assertThatThrownBy(() -> CloudEventSerde.forTopic(Topics.REQUESTS_EVENTS).deserializer()
                .deserialize("requests.events", storeEvent))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("concierge.store.availability-changed.v1");
    }

    @Test
    void the_no_argument_deserializer_reads_every_catalog_type() {
        // given the deserializer a SmallRye channel would create by class name
        CloudEventDeserializer<Object> deserializer = new CloudEventDeserializer<>();
        CloudEventSerializer<Object> serializer = new CloudEventSerializer<>();

        for (Object sample : SampleEvents.oneOfEachType()) {
            // when each sample goes through it
            @SuppressWarnings("unchecked")
            CloudEvent<Object> event = (CloudEvent<Object>) SampleEvents.envelope(sample);
            CloudEvent<Object> read = deserializer.deserialize("any", serializer.serialize("any", event));

            // then it comes back equal
            assertThat(read).isEqualTo(event);
        }
    }

    @Test
    void tombstones_stay_null_both_ways() {
        // given the serde of the compacted snapshot topic, where null values delete a key
        var serde = CloudEventSerde.forTopic(Topics.REQUESTS_STATE);

        // when / then
        assertThat(serde.serializer().serialize("requests.state", new RecordHeaders(), null)).isNull();
        assertThat(serde.deserializer().deserialize("requests.state", null)).isNull();
    }
}
