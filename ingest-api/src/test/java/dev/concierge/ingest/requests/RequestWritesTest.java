package dev.concierge.ingest.requests;

import static dev.concierge.ingest.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.TopicReader;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.chat.ChatEvent;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.chat.ChatEvent.MessagesRead;
import dev.concierge.schemas.common.Actor;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.FulfilmentStage;
import dev.concierge.schemas.common.Money;
import dev.concierge.schemas.requests.RequestCommand;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class RequestWritesTest extends ApiTest {

    @ConfigProperty(name = "concierge.redis.url")
    String redisUrl;

    @Test
    void a_new_request_is_answered_202_only_with_the_create_command_stored_under_its_id() {
        Api.Session customer = api.customer();

        Map<String, String> answer = as(customer.token())
                .body(Map.of("text", "Dolo 650, 2 strips", "deliveryAddress", Api.address(), "categoryHint", "medicines-health"))
                .when().post("/v1/requests")
                .then().statusCode(202).body("requestId", startsWith("req_")).extract().as(Map.class);

        var stored = topics.withKey(Topics.REQUESTS_COMMANDS, answer.get("requestId"));
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).event().id()).isEqualTo(answer.get("eventId"));
        assertThat(stored.get(0).event().source()).isEqualTo("ingest-api");
        assertThat(stored.get(0).event().subject()).isEqualTo(answer.get("requestId"));
        RequestCommand.CreateRequest create = (RequestCommand.CreateRequest) stored.get(0).data();
        assertThat(create.customerId()).isEqualTo(customer.subject());
        assertThat(create.text()).isEqualTo("Dolo 650, 2 strips");
        assertThat(create.deliveryAddress().pincode()).isEqualTo("560001");
        assertThat(create.issuedBy().role()).isEqualTo("customer");
    }

    @Test
    void a_request_without_an_address_is_delivered_to_the_customers_saved_default_address() {
        Api.Session customer = api.customer();
        Api.saveDefaultAddress(customer, Api.address("7 Church Street"));

        String requestId = as(customer.token()).body(Map.of("text", "Dolo 650, 2 strips"))
                .when().post("/v1/requests").then().statusCode(202).extract().path("requestId");

        RequestCommand.CreateRequest create = (RequestCommand.CreateRequest) topics.withKey(Topics.REQUESTS_COMMANDS,
                requestId).get(0).data();
        assertThat(create.deliveryAddress().line1()).isEqualTo("7 Church Street");
    }

    @Test
    void a_request_without_an_address_from_a_customer_with_no_default_is_a_400_naming_deliveryAddress() {
        Api.Session customer = api.customer();

        as(customer.token()).body(Map.of("text", "Dolo 650, 2 strips"))
                .when().post("/v1/requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("deliveryAddress"));
    }

    @Test
    void a_request_needs_text_or_photos() {
        Api.Session customer = api.customer();

        as(customer.token()).body(Map.of("mediaIds", List.of(), "deliveryAddress", Api.address()))
                .when().post("/v1/requests")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void customer_and_agent_messages_land_on_chat_messages_with_their_author_and_the_customers_in_app_channel() {
        Api.Session customer = api.customer();
        Api.Session agent = api.agent();
        String requestId = Api.createRequest(customer);

        as(customer.token()).body(Map.of("text", "any brand is fine"))
                .when().post("/v1/requests/{id}/messages", requestId).then().statusCode(202);
        as(agent.token()).body(Map.of("text", "found it at Sri Sai Medicals"))
                .when().post("/v1/requests/{id}/messages", requestId).then().statusCode(202);

        List<ChatEvent> messages = topics.withKey(Topics.CHAT_MESSAGES, requestId).stream()
                .map(TopicReader.Landed::data).toList();
        assertThat(messages).extracting(m -> ((ChatMessagePosted) m).author(), m -> ((ChatMessagePosted) m).text(),
                        m -> ((ChatMessagePosted) m).channel())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Author.CUSTOMER, "any brand is fine", Channel.IN_APP),
                        org.assertj.core.groups.Tuple.tuple(Author.AGENT, "found it at Sri Sai Medicals", null));
    }

    @Test
    void read_receipts_of_the_owner_and_of_staff_land_on_chat_messages_as_their_side_once_per_idempotency_key() {
        Api.Session customer = api.customer();
        Api.Session agent = api.agent();
        Api.Session admin = api.admin();
        String requestId = Api.createRequest(customer);
        String key = java.util.UUID.randomUUID().toString();

        String customerEvent = as(customer.token()).header("Idempotency-Key", key)
                .body(Map.of("upToMessageId", "msg_agents-answer"))
                .when().post("/v1/requests/{id}/read", requestId)
                .then().statusCode(202).body("requestId", equalTo(requestId)).extract().path("eventId");
        as(customer.token()).header("Idempotency-Key", key).body(Map.of("upToMessageId", "msg_agents-answer"))
                .when().post("/v1/requests/{id}/read", requestId)
                .then().statusCode(202).body("eventId", equalTo(customerEvent));
        as(agent.token()).body(Map.of("upToMessageId", "msg_customers-question"))
                .when().post("/v1/requests/{id}/read", requestId).then().statusCode(202);
        as(admin.token()).body(Map.of("upToMessageId", "msg_customers-question"))
                .when().post("/v1/requests/{id}/read", requestId).then().statusCode(202);

        List<TopicReader.Landed<ChatEvent>> landed = topics.withKey(Topics.CHAT_MESSAGES, requestId);
        assertThat(landed).hasSize(3);
        assertThat(landed.get(0).event().id()).isEqualTo(customerEvent);
        assertThat(landed.get(0).event().type()).isEqualTo("concierge.chat.messages-read.v1");
        assertThat(landed).extracting(l -> ((MessagesRead) l.data()).reader(), l -> ((MessagesRead) l.data()).readerId(),
                        l -> ((MessagesRead) l.data()).upToMessageId())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Author.CUSTOMER, customer.subject(), "msg_agents-answer"),
                        org.assertj.core.groups.Tuple.tuple(Author.AGENT, agent.subject(), "msg_customers-question"),
                        org.assertj.core.groups.Tuple.tuple(Author.AGENT, admin.subject(), "msg_customers-question"));
        assertThat(((MessagesRead) landed.get(0).data()).readAt()).isNotNull();
    }

    @Test
    void a_read_receipt_names_its_message_is_about_a_known_request_and_only_the_owners() {
        String requestId = Api.createRequest(api.customer());
        Api.Session intruder = api.customer();

        as(intruder.token()).body(Map.of("upToMessageId", "msg_1"))
                .when().post("/v1/requests/{id}/read", requestId)
                .then().statusCode(403).contentType("application/problem+json");
        as(intruder.token()).body(Map.of("upToMessageId", "msg_1"))
                .when().post("/v1/requests/{id}/read", "req_" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        as(api.agent().token()).body(Map.of("upToMessageId", "not an id!"))
                .when().post("/v1/requests/{id}/read", requestId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("upToMessageId"));
        as(api.agent().token()).body(Map.of())
                .when().post("/v1/requests/{id}/read", requestId)
                .then().statusCode(400).body("errors[0].field", equalTo("upToMessageId"));

        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).isEmpty();
    }

    @Test
    void a_customer_may_not_touch_another_customers_request() {
        String requestId = Api.createRequest(api.customer());
        Api.Session intruder = api.customer();

        as(intruder.token()).body(Map.of("text", "hello"))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(403).contentType("application/problem+json");
        as(intruder.token()).body(Map.of("reason", "not mine"))
                .when().post("/v1/requests/{id}/commands/CancelRequest", requestId)
                .then().statusCode(403);
        as(intruder.token()).when().post("/v1/requests/{id}/typing", requestId).then().statusCode(403);

        assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).isEmpty();
        assertThat(topics.withKey(Topics.REQUESTS_COMMANDS, requestId)).hasSize(1);
    }

    @Test
    void every_command_of_the_contract_is_accepted_from_a_role_allowed_to_issue_it() {
        Api.Session customer = api.customer();
        Api.Session agent = api.agent();
        Api.Session admin = api.admin();
        String requestId = Api.createRequest(customer);
        Map<String, Object> inr = Map.of("amountMinor", 6400, "currency", "INR");

        command(agent, requestId, "AssignAgent", Map.of("agentId", agent.subject()));
        command(agent, requestId, "RecordStoreQuote", Map.of("storeId", "sto_1", "available", true, "price", inr));
        command(agent, requestId, "SendQuote", Map.of("storeId", "sto_1", "itemPrice", inr,
                "deliveryFee", Map.of("amountMinor", 2500, "currency", "INR")));
        command(customer, requestId, "AcceptQuote", Map.of("quoteId", "quo_1"));
        command(agent, requestId, "ResendPaymentLink", Map.of());
        command(admin, requestId, "UpdateFulfilment", Map.of("stage", "OUT_FOR_DELIVERY", "riderName", "Ravi"));
        command(customer, requestId, "RateRequest", Map.of("rating", 5, "comment", "quick"));
        command(customer, requestId, "RequestRefund", Map.of("reason", "damaged box"));
        command(customer, requestId, "CancelRequest", Map.of("reason", "changed my mind"));

        List<RequestCommand> stored = topics.withKey(Topics.REQUESTS_COMMANDS, requestId).stream()
                .map(TopicReader.Landed::data).toList();
        assertThat(stored).extracting(c -> c.getClass().getSimpleName()).containsExactly("CreateRequest",
                "AssignAgent", "RecordStoreQuote", "SendQuote", "AcceptQuote", "ResendPaymentLink", "UpdateFulfilment",
                "RateRequest", "RequestRefund", "CancelRequest");
        assertThat(((RequestCommand.SendQuote) stored.get(3)).itemPrice()).isEqualTo(Money.inr(6400));
        assertThat(stored.get(5)).isEqualTo(new RequestCommand.ResendPaymentLink(requestId, new Actor(agent.subject(), "agent")));
        assertThat(((RequestCommand.UpdateFulfilment) stored.get(6)).stage()).isEqualTo(FulfilmentStage.OUT_FOR_DELIVERY);
        assertThat(stored.get(6).issuedBy().role()).isEqualTo("admin");
    }

    @Test
    void a_customer_cannot_issue_staff_commands_even_on_their_own_request() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);

        as(customer.token()).body(Map.of("storeId", "sto_1", "itemPrice", Map.of("amountMinor", 1, "currency", "INR"),
                        "deliveryFee", Map.of("amountMinor", 1, "currency", "INR")))
                .when().post("/v1/requests/{id}/commands/SendQuote", requestId)
                .then().statusCode(403).body("detail", equalTo("a customer may not issue SendQuote"));
    }

    @Test
    void a_customer_may_not_resend_a_payment_link_and_the_resend_takes_no_fields() {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);

        as(customer.token()).body(Map.of()).when().post("/v1/requests/{id}/commands/ResendPaymentLink", requestId)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("a customer may not issue ResendPaymentLink"));
        as(api.agent().token()).body(Map.of("url", "http://elsewhere.example/pay"))
                .when().post("/v1/requests/{id}/commands/ResendPaymentLink", requestId)
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(topics.withKey(Topics.REQUESTS_COMMANDS, requestId)).hasSize(1);
    }

    @Test
    void typing_is_published_on_redis_pub_sub_and_not_on_kafka() throws Exception {
        Api.Session customer = api.customer();
        String requestId = Api.createRequest(customer);
        Config config = new Config();
        config.useSingleServer().setAddress(redisUrl);
        RedissonClient redis = Redisson.create(config);
        try {
            CompletableFuture<String> received = new CompletableFuture<>();
            redis.getTopic("typing:" + requestId, StringCodec.INSTANCE)
                    .addListener(String.class, (channel, message) -> received.complete(message));

            as(customer.token()).when().post("/v1/requests/{id}/typing", requestId).then().statusCode(204);

            assertThat(received.get(5, TimeUnit.SECONDS)).contains(customer.subject()).contains("\"role\":\"customer\"");
            assertThat(topics.withKey(Topics.CHAT_MESSAGES, requestId)).isEmpty();
        } finally {
            redis.shutdown();
        }
    }

    @Test
    void bulk_cancel_by_an_admin_writes_one_command_per_request_with_a_result_each() {
        Api.Session customer = api.customer();
        String first = Api.createRequest(customer);
        String second = Api.createRequest(customer);
        String unknown = "req_00000000-0000-4000-8000-000000000000";

        as(api.admin().token()).body(Map.of("command", "CancelRequest", "requestIds", List.of(first, unknown, second),
                        "params", Map.of("reason", "store closed for Diwali")))
                .when().post("/v1/requests:bulk")
                .then().statusCode(202)
                .body("accepted", equalTo(2)).body("rejected", equalTo(1))
                .body("items[1].status", equalTo(404)).body("items[1].problem.type", equalTo("/problems/not-found"));

        assertThat(topics.withKey(Topics.REQUESTS_COMMANDS, first)).extracting(l -> l.data().getClass().getSimpleName())
                .containsExactly("CreateRequest", "CancelRequest");
        assertThat(topics.withKey(Topics.REQUESTS_COMMANDS, second)).hasSize(2);
    }

    @Test
    void bulk_is_for_admins_only() {
        as(api.agent().token()).body(Map.of("command", "CancelRequest",
                        "requestIds", List.of("req_00000000-0000-4000-8000-000000000000"), "params", Map.of("reason", "x")))
                .when().post("/v1/requests:bulk")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void writes_without_a_token_are_refused_with_a_bearer_challenge() {
        given().contentType("application/json").body(Map.of("text", "x", "deliveryAddress", Api.address()))
                .when().post("/v1/requests")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    private static void command(Api.Session who, String requestId, String name, Map<String, Object> body) {
        as(who.token()).body(body).when().post("/v1/requests/{id}/commands/{name}", requestId, name)
                .then().statusCode(202);
    }
}
