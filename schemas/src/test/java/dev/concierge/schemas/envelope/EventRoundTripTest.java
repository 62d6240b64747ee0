package dev.concierge.schemas.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.concierge.schemas.catalog.Topic;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.fixtures.SampleEvents;
import dev.concierge.schemas.requests.RequestEvent.RequestCreated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventRoundTripTest {

    private final EventCodec codec = EventCodec.standard();

    /** Every (topic, record type) pair of the catalog, so a new record is tested the day it is added. */
    static Stream<Arguments> catalogTypes() {
        return Topics.ALL.stream().flatMap(topic -> topic.eventTypes().stream()
                .map(type -> Arguments.of(EventTypes.typeOf(type), topic, type)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogTypes")
    void every_catalog_type_survives_a_json_round_trip_unchanged(String typeName, Topic<?> topic, Class<?> type) {
        // given the fixture of this type in a full envelope, with a trace
        Object sample = sampleOf(type);
        CloudEvent<?> event = SampleEvents.envelope(sample).withTraceparent(
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        // when it is written and read back, both as any type and through its own topic
        byte[] json = codec.encode(event);
        CloudEvent<?> anyType = codec.decode(json);
        CloudEvent<?> viaTopic = codec.decode(json, topic);

        // then nothing was lost or changed
        assertThat(anyType).isEqualTo(event);
        assertThat(viaTopic).isEqualTo(event);
        assertThat(anyType.data()).isInstanceOf(type);
        assertThat(anyType.type()).isEqualTo(typeName);
    }

    @Test
    void the_fixtures_hold_exactly_one_sample_of_each_catalog_type() {
        // given the record types of the catalog
        List<Class<?>> catalogTypes = Topics.ALL.stream().flatMap(topic -> topic.eventTypes().stream()).toList();

        // when the fixtures are grouped by their class
        Map<Class<?>, Long> samplesPerType = SampleEvents.oneOfEachType().stream()
                .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));

        // then each catalog type has one sample and no sample is of a type outside the catalog
        assertThat(samplesPerType.keySet()).containsExactlyInAnyOrderElementsOf(catalogTypes);
        assertThat(samplesPerType.values()).containsOnly(1L);
    }

    @Test
    void absent_optional_fields_stay_absent_after_a_round_trip() {
        // given a request created from a photo alone, without text, a second address line or a hint
        Address address = new Address("80 Feet Road", null, null, "Bengaluru", "560034", null);
        RequestCreated created = new RequestCreated("req_1", "cus_1", null, List.of("med_1"), address, null);
        CloudEvent<RequestCreated> event = CloudEvent.of("e5b6c7d8-0000-4000-8000-000000000001", "ingest-api",
                SampleEvents.AT, "req_1", created);

        // when it is written and read back
        CloudEvent<?> decoded = codec.decode(codec.encode(event));

        // then the optional parts are still absent and the envelope has no trace
        assertThat(decoded).isEqualTo(event);
        assertThat(decoded.traceparent()).isNull();
    }

    @Test
    void decoded_and_constructed_events_cannot_be_changed_afterwards() {
        // given a request built from a list its producer keeps using
        List<String> mediaIds = new ArrayList<>(List.of("med_1"));
        Address address = new Address("80 Feet Road", null, null, "Bengaluru", "560034", null);
        RequestCreated created = new RequestCreated("req_1", "cus_1", "milk", mediaIds, address, null);
        CloudEvent<RequestCreated> event = CloudEvent.of("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "ingest-api",
                SampleEvents.AT, "req_1", created);

        // when the producer changes its list, and a consumer decodes the event
        mediaIds.add("med_2");
        RequestCreated decoded = (RequestCreated) codec.decode(codec.encode(event)).data();

        // then the event kept what it was built with, and no copy of it can be modified
        assertThat(created.mediaIds()).containsExactly("med_1");
        assertThatThrownBy(() -> created.mediaIds().add("med_3")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> decoded.mediaIds().add("med_3")).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Object sampleOf(Class<?> type) {
        Map<Class<?>, Object> samples = SampleEvents.oneOfEachType().stream()
                .collect(Collectors.toMap(Object::getClass, Function.identity()));
        assertThat(samples).as("SampleEvents.oneOfEachType() needs a sample of %s", type.getName())
                .containsKey(type);
        return samples.get(type);
    }
}
