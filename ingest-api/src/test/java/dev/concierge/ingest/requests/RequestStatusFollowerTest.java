package dev.concierge.ingest.requests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import dev.concierge.ingest.requests.application.RequestOwnership;
import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.StateSnapshots;
import dev.concierge.ingest.support.TopicReader;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class RequestStatusFollowerTest extends ApiTest {

    @Inject
    RequestOwnership ownership;

    @Test
    void a_poison_snapshot_goes_to_the_dead_letter_topic_with_its_reason_and_the_next_one_is_applied()
            throws Exception {
        // given a customer's open request
        Api.Session customer = api.customer(Api.newPhone());
        String requestId = Api.createRequest(customer);
        StateSnapshots state = new StateSnapshots(kafka);

        // when a record that is no CloudEvent lands on requests.state, followed by the request's final snapshot
        String poisonKey = "req_poison" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        state.publishRaw(poisonKey, "{\"not\": \"a cloud event\"".getBytes(StandardCharsets.UTF_8));
        state.publish(requestId, customer.subject(), RequestStatus.CANCELLED);

        // then the follower went past the poison record and closed the request
        StateSnapshots.awaitClosed(ownership, customer.subject(), requestId);
        // and the poison record sits in the dead-letter topic, untouched, with why it failed
        var dead = topics.records(Topics.REQUESTS_STATE.dlqName()).stream()
                .filter(record -> poisonKey.equals(record.key()))
                .toList();
        assertThat(dead).hasSize(1);
        ConsumerRecord<String, byte[]> letter = dead.get(0);
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{\"not\": \"a cloud event\"");
        assertThat(TopicReader.header(letter, "dead-letter-reason")).isNotBlank();
        assertThat(TopicReader.header(letter, "dead-letter-topic")).isEqualTo(Topics.REQUESTS_STATE.name());
    }

    @Test
    void readiness_includes_the_requests_state_channel() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("SmallRye Reactive Messaging - readiness check"));
    }
}
