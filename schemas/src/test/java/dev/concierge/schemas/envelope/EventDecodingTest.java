package dev.concierge.schemas.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.fixtures.SampleEvents;
import dev.concierge.schemas.requests.RequestEvent.QuoteSent;
import dev.concierge.schemas.requests.RequestEvent.RequestCreated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EventDecodingTest {

    private final EventCodec codec = EventCodec.standard();

    @Test
    void rejects_an_unknown_event_type_naming_it() throws IOException {
        // given a well-formed event of a type no topic carries
        ObjectNode json = quoteSentJson();
        json.put("type", "concierge.request.teleported.v1");

        // when / then
        assertThatThrownBy(() -> codec.decode(bytes(json)))
                .isInstanceOfSatisfying(UnknownEventTypeException.class,
                        e -> assertThat(e.eventType()).isEqualTo("concierge.request.teleported.v1"))
                .hasMessageContaining("'concierge.request.teleported.v1'");
    }

    @Test
    void rejects_a_known_type_on_a_topic_that_does_not_carry_it() throws IOException {
        // given a requests.events fact
        byte[] quoteSent = bytes(quoteSentJson());

        // when / then reading it as a chat message fails and says why
        assertThatThrownBy(() -> codec.decode(quoteSent, Topics.CHAT_MESSAGES))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("concierge.request.quote-sent.v1")
                .hasMessageContaining("chat.messages does not carry it");
    }

    @Test
    void rejects_truncated_bytes_showing_where_they_end() throws IOException {
        // given an event cut off in the middle of its data
        byte[] whole = bytes(quoteSentJson());
        byte[] truncated = Arrays.copyOf(whole, whole.length - 30);

        // when / then the excerpt is the end of what arrived
        String tail = new String(truncated, truncated.length - 20, 20, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> codec.decode(truncated))
                .isInstanceOfSatisfying(MalformedEventException.class,
                        e -> assertThat(e.excerpt()).endsWith(tail))
                .hasMessageStartingWith("not valid JSON");
    }

    @Test
    void rejects_text_that_is_not_json() {
        // given a plain-text record value, as a misconfigured producer would send
        byte[] text = "hello from kcat".getBytes(StandardCharsets.UTF_8);

        // when / then
        assertThatThrownBy(() -> codec.decode(text))
                .isInstanceOfSatisfying(MalformedEventException.class,
                        e -> assertThat(e.excerpt()).isEqualTo("hello from kcat"))
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void rejects_a_record_without_a_value_as_bad_input_so_consumers_dead_letter_it_instead_of_retrying() {
        assertThatThrownBy(() -> codec.decode(null, Topics.CHAT_MESSAGES))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("no value");
    }

    @Test
    void rejects_empty_bytes_and_json_that_is_not_an_object() {
        // given an empty value and a JSON array
        byte[] empty = new byte[0];
        byte[] array = "[1,2,3]".getBytes(StandardCharsets.UTF_8);

        // when / then
        assertThatThrownBy(() -> codec.decode(empty))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> codec.decode(array))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("must be a JSON object");
    }

    @Test
    void rejects_an_event_without_data() throws IOException {
        // given an envelope whose data is missing
        ObjectNode json = quoteSentJson();
        json.remove("data");

        // when / then
        assertThatThrownBy(() -> codec.decode(bytes(json)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("no JSON object in 'data'");
    }

    @Test
    void rejects_data_of_the_wrong_shape_naming_the_field() throws IOException {
        // given a quote whose total is a string instead of an amount and currency
        ObjectNode json = quoteSentJson();
        ((ObjectNode) json.get("data")).put("total", "57 rupees");

        // when / then the path and the offending value are reported
        assertThatThrownBy(() -> codec.decode(bytes(json)))
                .isInstanceOfSatisfying(MalformedEventException.class,
                        e -> assertThat(e.excerpt()).contains("57 rupees"))
                .hasMessageContaining("does not fit QuoteSent at data.total");
    }

    @Test
    void rejects_data_missing_a_required_field() throws IOException {
        // given a quote without its store
        ObjectNode json = quoteSentJson();
        ((ObjectNode) json.get("data")).remove("storeId");

        // when / then
        assertThatThrownBy(() -> codec.decode(bytes(json)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("'storeId'");
    }

    @Test
    void rejects_data_missing_a_required_number() throws IOException {
        // given a quote whose total has no amount (a number would otherwise silently read as 0)
        ObjectNode json = quoteSentJson();
        ((ObjectNode) json.at("/data/total")).remove("amountMinor");

        // when / then
        assertThatThrownBy(() -> codec.decode(bytes(json)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("data.total")
                .hasMessageContaining("'amountMinor'");
    }

    @Test
    void rejects_null_in_a_required_field_but_accepts_it_in_an_optional_one() throws IOException {
        // given one quote with a null store and one with a null expiry (which is optional)
        ObjectNode nullStore = quoteSentJson();
        ((ObjectNode) nullStore.get("data")).putNull("storeId");
        ObjectNode nullExpiry = quoteSentJson();
        ((ObjectNode) nullExpiry.get("data")).putNull("expiresAt");

        // when / then
        assertThatThrownBy(() -> codec.decode(bytes(nullStore)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("data.storeId");
        assertThat(((QuoteSent) codec.decode(bytes(nullExpiry)).data()).expiresAt()).isNull();
    }

    @Test
    void rejects_null_inside_a_required_list() throws IOException {
        // given a request whose media id list holds a null
        ObjectNode json = (ObjectNode) codec.mapper().readTree(codec.encode(SampleEvents.envelope(
                SampleEvents.oneOfEachType().stream().filter(RequestCreated.class::isInstance).findFirst().orElseThrow())));
        ((ObjectNode) json.get("data")).putArray("mediaIds").add("med_1").addNull();

        // when / then
        assertThatThrownBy(() -> codec.decode(bytes(json)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("data.mediaIds[1]");
    }

    @Test
    void rejects_data_that_breaks_a_record_rule() throws IOException {
        // given a total in a currency code that is not ISO 4217
        ObjectNode json = quoteSentJson();
        ((ObjectNode) json.at("/data/total")).put("currency", "rupees");

        // when / then the record's own message comes through
        assertThatThrownBy(() -> codec.decode(bytes(json)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ISO 4217");
    }

    @Test
    void rejects_an_envelope_missing_an_attribute_or_with_a_bad_time() throws IOException {
        // given one event without a subject and one with an unreadable time
        ObjectNode noSubject = quoteSentJson();
        noSubject.remove("subject");
        ObjectNode badTime = quoteSentJson();
        badTime.put("time", "yesterday");

        // when / then
        assertThatThrownBy(() -> codec.decode(bytes(noSubject)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("'subject'");
        assertThatThrownBy(() -> codec.decode(bytes(badTime)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("'yesterday'");
    }

    @Test
    void rejects_another_cloudevents_version() throws IOException {
        // given a CloudEvents 0.3 document
        ObjectNode json = quoteSentJson();
        json.put("specversion", "0.3");

        // when / then
        assertThatThrownBy(() -> codec.decode(bytes(json)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("specversion must be 1.0");
    }

    @Test
    void ignores_fields_it_does_not_know() throws IOException {
        // given an event from a newer producer, with an extension attribute and a new data field
        ObjectNode json = quoteSentJson();
        json.put("partitionkey", "req_7Hq2mX9tLp");
        ((ObjectNode) json.get("data")).put("loyaltyPoints", 12);
        ((ObjectNode) json.at("/data/total")).put("display", "₹57.00");

        // when it is read
        CloudEvent<?> decoded = codec.decode(bytes(json));

        // then it is the event this build knows
        assertThat(decoded).isEqualTo(quoteSentEvent());
    }

    @Test
    void accepts_an_event_without_datacontenttype_as_json() throws IOException {
        // given a third-party event that leaves out the optional datacontenttype
        ObjectNode json = quoteSentJson();
        json.remove("datacontenttype");

        // when it is read
        CloudEvent<?> decoded = codec.decode(bytes(json));

        // then CloudEvents' default for structured JSON applies
        assertThat(decoded.datacontenttype()).isEqualTo("application/json");
        assertThat(decoded.data()).isEqualTo(quoteSentEvent().data());
    }

    private CloudEvent<?> quoteSentEvent() {
        return SampleEvents.envelope(SampleEvents.oneOfEachType().stream()
                .filter(QuoteSent.class::isInstance).findFirst().orElseThrow());
    }

    private ObjectNode quoteSentJson() throws IOException {
        return (ObjectNode) codec.mapper().readTree(codec.encode(quoteSentEvent()));
    }

    private byte[] bytes(ObjectNode json) throws IOException {
        return codec.mapper().writeValueAsBytes(json);
    }
}
