package dev.concierge.schemas.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.concierge.schemas.common.Address;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.fixtures.SampleEvents;
import dev.concierge.schemas.requests.RequestEvent.QuoteAccepted;
import dev.concierge.schemas.requests.RequestEvent.RequestCreated;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventEncodingTest {

    private static final List<String> ENVELOPE_ATTRIBUTES =
            List.of("specversion", "id", "type", "source", "time", "subject", "datacontenttype");

    private final EventCodec codec = EventCodec.standard();

    @Test
    void every_encoded_event_carries_all_cloudevents_attributes() throws IOException {
        for (Object sample : SampleEvents.oneOfEachType()) {
            // given any event of the catalog
            CloudEvent<?> event = SampleEvents.envelope(sample);

            // when it is encoded
            JsonNode json = codec.mapper().readTree(codec.encode(event));

            // then every attribute is a non-empty string, and data is an object
            for (String attribute : ENVELOPE_ATTRIBUTES) {
                assertThat(json.path(attribute).asText()).as("%s of %s", attribute, event.type()).isNotBlank();
            }
            assertThat(json.get("specversion").asText()).isEqualTo("1.0");
            assertThat(json.get("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(json.get("type").asText()).isEqualTo(EventTypes.typeOf(sample.getClass()));
            assertThat(json.get("data").isObject()).isTrue();
        }
    }

    @Test
    void times_are_iso_strings_and_money_is_an_integer_in_the_minor_unit() throws IOException {
        // given an accepted quote of ₹57.00
        CloudEvent<QuoteAccepted> event = CloudEvent.of("8a1f4c52-0d7e-4e0b-9f5e-3b4c5d6e7f80", "request-stream-processor",
                SampleEvents.AT, "req_1", new QuoteAccepted("req_1", "quo_1", SampleEvents.TOTAL));

        // when it is encoded
        JsonNode json = codec.mapper().readTree(codec.encode(event));

        // then a third-party reader sees plain, unambiguous values
        assertThat(json.get("time").asText()).isEqualTo("2025-03-01T10:15:30Z");
        assertThat(json.at("/data/total/amountMinor").isIntegralNumber()).isTrue();
        assertThat(json.at("/data/total/amountMinor").asLong()).isEqualTo(5_700);
        assertThat(json.at("/data/total/currency").asText()).isEqualTo("INR");
    }

    @Test
    void the_trace_context_is_written_only_when_there_is_one() throws IOException {
        // given the same event without and with a trace
        CloudEvent<?> untraced = SampleEvents.envelope(SampleEvents.oneOfEachType().get(0));
        CloudEvent<?> traced = untraced.withTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        // when both are encoded
        JsonNode withoutTrace = codec.mapper().readTree(codec.encode(untraced));
        JsonNode withTrace = codec.mapper().readTree(codec.encode(traced));

        // then only the traced one has the attribute (CloudEvents has no null attributes)
        assertThat(withoutTrace.has("traceparent")).isFalse();
        assertThat(withTrace.get("traceparent").asText()).startsWith("00-4bf92f35");
    }

    @Test
    void who_issued_the_causing_command_is_written_as_the_actor_extensions_and_read_back() throws IOException {
        // given a fact caused by an agent's command, and one caused by no command
        CloudEvent<?> unattributed = SampleEvents.envelope(SampleEvents.oneOfEachType().get(0));
        CloudEvent<?> attributed = unattributed.withActor("agt_7Hq2", "agent");

        // when both are encoded
        JsonNode without = codec.mapper().readTree(codec.encode(unattributed));
        byte[] with = codec.encode(attributed);

        // then only the attributed one carries actorid/actorrole, and they survive a round trip
        assertThat(without.has("actorid")).isFalse();
        assertThat(without.has("actorrole")).isFalse();
        assertThat(codec.mapper().readTree(with).get("actorid").asText()).isEqualTo("agt_7Hq2");
        CloudEvent<?> decoded = codec.decode(with);
        assertThat(decoded.actorid()).isEqualTo("agt_7Hq2");
        assertThat(decoded.actorrole()).isEqualTo("agent");
        assertThat(decoded).isEqualTo(attributed);
    }

    @Test
    void refuses_to_write_an_event_lacking_a_required_field() {
        // given a request whose delivery address has no city
        Address noCity = new Address("80 Feet Road", null, null, null, "560034", null);
        CloudEvent<RequestCreated> event = CloudEvent.of("0c9d8e7f-1a2b-4c3d-8e4f-5a6b7c8d9e0f", "ingest-api",
                SampleEvents.AT, "req_1", new RequestCreated("req_1", "cus_1", "milk", List.of(), noCity, null));

        // when / then encoding names the missing field
        assertThatThrownBy(() -> codec.encode(event))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data.deliveryAddress.city is required");
    }

    @Test
    void refuses_to_write_a_list_with_a_missing_element() {
        // given a chat message whose attachment list holds a null
        ChatMessagePosted message = new ChatMessagePosted("msg_1", "req_1", Author.CUSTOMER, "cus_1", "hi",
                Arrays.asList(new Attachment("med_1", null, "image/png"), null), SampleEvents.AT);
        CloudEvent<ChatMessagePosted> event = CloudEvent.of("3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b", "ingest-api",
                SampleEvents.AT, "req_1", message);

        // when / then
        assertThatThrownBy(() -> codec.encode(event))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data.attachments[1] is required");
    }

    @Test
    void refuses_to_write_an_event_whose_type_does_not_match_its_data() {
        // given an envelope claiming a type its data does not declare
        CloudEvent<QuoteAccepted> honest = CloudEvent.of("9f8e7d6c-5b4a-4392-8181-706f5e4d3c2b", "request-stream-processor",
                SampleEvents.AT, "req_1", new QuoteAccepted("req_1", "quo_1", SampleEvents.TOTAL));
        CloudEvent<QuoteAccepted> mislabelled = new CloudEvent<>(honest.specversion(), honest.id(),
                "concierge.request.cancelled.v1", honest.source(), honest.time(), honest.subject(),
                honest.datacontenttype(), null, null, null, honest.data());

        // when / then
        assertThatThrownBy(() -> codec.encode(mislabelled))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("concierge.request.cancelled.v1")
                .hasMessageContaining("concierge.request.quote-accepted.v1");
    }
}
