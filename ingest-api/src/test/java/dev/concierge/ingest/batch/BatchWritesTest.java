package dev.concierge.ingest.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.ingest.shared.web.CustomMethodPaths;
import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class BatchWritesTest extends ApiTest {

    @ConfigProperty(name = "concierge.rate-limit.per-user.permits")
    int userPermits;
    Api.Session customer;

    @BeforeEach
    void signIn() {
        customer = api.customer();
    }

    @Test
    void each_line_is_written_on_its_own_with_a_result_per_line() {
        String requestId = Api.createRequest(customer);
        String batch = String.join("\n",
                "{\"clientEventId\": \"c-1\", \"op\": \"PostMessage\", \"requestId\": \"" + requestId + "\", \"body\": {\"text\": \"also 1 Crocin\"}}",
                "{\"clientEventId\": \"c-2\", \"op\": \"Teleport\", \"requestId\": \"" + requestId + "\", \"body\": {}}",
                "{not json",
                "",
                "{\"clientEventId\": \"c-3\", \"op\": \"CancelRequest\", \"requestId\": \"" + requestId + "\", \"body\": {\"reason\": \"found it\"}}");

        send(batch).then().statusCode(200)
                .body("accepted", equalTo(2)).body("rejected", equalTo(2))
                .body("results[0].status", equalTo(202))
                .body("results[1].status", equalTo(404))
                .body("results[2].status", equalTo(400)).body("results[2].line", equalTo(3))
                .body("results[2].problem.type", equalTo("/problems/malformed-json"))
                .body("results[3].line", equalTo(5));

        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).hasSize(1);
        assertThat(topics.withKey(Topics.REQUESTS_COMMANDS, requestId)).extracting(l -> l.data().getClass().getSimpleName())
                .containsExactly("CreateRequest", "CancelRequest");
    }

    @Test
    void resending_a_buffered_batch_replays_lines_instead_of_writing_them_twice() {
        String requestId = Api.createRequest(customer);
        String clientEventId = java.util.UUID.randomUUID().toString();
        String batch = "{\"clientEventId\": \"" + clientEventId + "\", \"op\": \"PostMessage\", \"requestId\": \""
                + requestId + "\", \"body\": {\"text\": \"sent while offline\"}}\n";

        String first = send(batch).then().statusCode(200).extract().path("results[0].eventId");
        send(batch).then().statusCode(200)
                .body("results[0].eventId", equalTo(first)).body("results[0].replayed", equalTo(true));

        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).hasSize(1);
    }

    @Test
    void lines_past_the_per_user_budget_answer_429_each_and_write_nothing() {
        String requestId = Api.createRequest(customer);
        int lines = userPermits + 5;
        String batch = IntStream.rangeClosed(1, lines)
                .mapToObj(i -> "{\"op\": \"PostMessage\", \"requestId\": \"" + requestId + "\", \"body\": {\"text\": \"line " + i + "\"}}")
                .collect(Collectors.joining("\n"));

        Response response = send(batch);

        response.then().statusCode(200);
        int accepted = response.path("accepted");
        List<Integer> statuses = response.path("results.status");
        // sign-in, creating the request and the batch request itself spent part of the budget already
        assertThat(accepted).isLessThan(userPermits);
        assertThat(statuses.subList(0, accepted)).containsOnly(202);
        assertThat(statuses.subList(accepted, lines)).containsOnly(429);
        assertThat(response.<String>path("results[" + (lines - 1) + "].problem.type")).isEqualTo("/problems/rate-limited");
        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).hasSize(accepted);
    }

    @Test
    void a_batch_over_1000_lines_is_refused_whole() {
        String line = "{\"op\": \"PostMessage\", \"requestId\": \"req_00000000-0000-4000-8000-000000000000\", \"body\": {\"text\": \"x\"}}\n";

        send(line.repeat(1001)).then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void a_batch_sent_as_json_is_a_415_that_names_the_path_the_client_used() {
        Response answer = given().auth().oauth2(customer.token()).contentType("application/json").body("{}")
                .when().post("/v1/events:batch");

        answer.then().statusCode(415).contentType("application/problem+json")
                .body("instance", equalTo("/v1/events:batch"));
        assertThat(answer.asString()).doesNotContain(CustomMethodPaths.BATCH_PATH);
    }

    @Test
    void a_line_may_create_a_request_at_the_customers_saved_default_address() {
        Api.saveDefaultAddress(customer, Api.address("7 Church Street"));

        String requestId = send("{\"op\": \"CreateRequest\", \"body\": {\"text\": \"Dolo 650\"}}")
                .then().statusCode(200).body("results[0].status", equalTo(202)).extract().path("results[0].requestId");

        RequestCommand.CreateRequest create = (RequestCommand.CreateRequest) topics.withKey(Topics.REQUESTS_COMMANDS,
                requestId).get(0).data();
        assertThat(create.deliveryAddress().line1()).isEqualTo("7 Church Street");
    }

    private Response send(String ndjson) {
        return given().auth().oauth2(customer.token()).contentType("application/x-ndjson")
                .body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/v1/events:batch");
    }
}
