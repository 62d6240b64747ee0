package dev.concierge.ingest.shared.web.problems;

import static dev.concierge.ingest.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.RawHttpTest;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every class of bad input answers 4xx problem+json a developer can act on; none answers 500. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class BadInputTest extends RawHttpTest {

    @Test
    void malformed_json_is_a_400_naming_line_and_column() {
        as(customer.token()).body("{\"text\": \"milk\", ")
                .when().post("/v1/requests")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/malformed-json"))
                .body("detail", containsString("line 1"));
    }

    @Test
    void a_wrong_type_names_the_field_and_the_expected_type() {
        as(customer.token()).body("{\"text\": \"milk\", \"mediaIds\": \"not-a-list\", \"deliveryAddress\": {}}")
                .when().post("/v1/requests")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/wrong-type"))
                .body("errors[0].field", equalTo("mediaIds"))
                .body("errors[0].message", equalTo("must be an array"));
    }

    @Test
    void an_unknown_field_is_refused_with_the_known_ones_listed() {
        as(customer.token()).body(Map.of("txt", "milk", "deliveryAddress", Api.address()))
                .when().post("/v1/requests")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/unknown-field"))
                .body("errors[0].field", equalTo("txt"));
    }

    @Test
    void validation_lists_every_invalid_field() {
        as(customer.token()).body(Map.of("text", "milk",
                        "deliveryAddress", Map.of("line1", "", "city", "Bengaluru", "pincode", "56")))
                .when().post("/v1/requests")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors.field", hasItems("deliveryAddress.line1", "deliveryAddress.pincode"))
                .body("errors.message", hasItem("must be a 6-digit PIN code"));
    }

    @Test
    void a_value_a_record_refuses_is_a_400_not_a_500() {
        String requestId = Api.createRequest(customer);
        as(api.agent().token()).body(Map.of("storeId", "sto_1",
                        "itemPrice", Map.of("amountMinor", 100, "currency", "rupees"),
                        "deliveryFee", Map.of("amountMinor", 0, "currency", "INR")))
                .when().post("/v1/requests/{id}/commands/SendQuote", requestId)
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("ISO 4217"));
    }

    @Test
    void an_unknown_command_is_a_404_listing_the_known_commands() {
        String requestId = Api.createRequest(customer);
        as(customer.token()).body(Map.of())
                .when().post("/v1/requests/{id}/commands/TeleportItem", requestId)
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("AcceptQuote"));
    }

    @Test
    void a_command_body_with_missing_fields_lists_them() {
        String requestId = Api.createRequest(customer);
        as(customer.token()).body(Map.of("comment", "great"))
                .when().post("/v1/requests/{id}/commands/RateRequest", requestId)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("rating"));
    }

    @Test
    void a_malformed_request_id_is_a_400_before_any_lookup() {
        as(customer.token()).body(Map.of("text", "hi"))
                .when().post("/v1/requests/{id}/messages", "12345")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("requestId"))
                .body("errors[0].message", containsString("req_<uuid>"));
    }

    @Test
    void an_unknown_request_is_a_404() {
        as(customer.token()).body(Map.of("text", "hi"))
                .when().post("/v1/requests/{id}/messages", "req_00000000-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void a_body_declared_over_the_http_limit_is_a_413_problem_before_it_is_sent() throws Exception {
        // a raw request that only announces 12 MB: the server must answer without waiting for them
        String answer = raw("POST /v1/requests HTTP/1.1\r\nHost: " + root.getHost() + "\r\n"
                + "Authorization: Bearer " + customer.token() + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (12 * 1024 * 1024) + "\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer).containsIgnoringCase("content-type: " + PROBLEM);
        assertThat(answer).contains("/problems/payload-too-large");
    }

    @Test
    void an_oversized_text_is_a_field_error() {
        as(customer.token()).body(Map.of("text", "x".repeat(4001), "deliveryAddress", Api.address()))
                .when().post("/v1/requests")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void a_chat_message_over_the_limits_names_each_field_before_the_request_is_looked_up() {
        // checked by hand, not by Bean Validation: still every field at once, and still a 400 before the 404
        as(customer.token()).body(Map.of("text", "x".repeat(4001), "mediaIds", Collections.nCopies(11, "med_1")))
                .when().post("/v1/requests/{id}/messages", "req_00000000-0000-4000-8000-000000000000")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("text", "mediaIds"));
    }

    @Test
    void a_chat_message_whose_body_is_null_is_a_400_naming_the_body() {
        String requestId = Api.createRequest(customer);
        as(customer.token()).body("null")
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void a_wrong_content_type_is_a_415() {
        as(customer.token()).contentType("text/plain").body("milk please")
                .when().post("/v1/requests")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void a_garbage_bearer_token_is_a_401_problem() {
        as("not.a.jwt").body(Map.of("text", "hi", "deliveryAddress", Api.address()))
                .when().post("/v1/requests")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        as(customer.token()).body(Map.of())
                .when().post("/v1/nothing-here")
                .then().statusCode(404);
    }
}
