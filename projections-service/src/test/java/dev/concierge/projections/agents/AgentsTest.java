package dev.concierge.projections.agents;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.projections.support.Journey;
import dev.concierge.projections.support.ReadModelTest;
import dev.concierge.schemas.agents.AgentEvent;
import dev.concierge.schemas.agents.AgentEvent.AgentAvailabilityChanged;
import dev.concierge.schemas.agents.AgentEvent.AgentRegistered;
import dev.concierge.schemas.agents.AgentEvent.AgentUpdated;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.requests.RequestEvent;
import dev.concierge.schemas.requests.RequestEvent.AgentAssigned;
import dev.concierge.schemas.requests.RequestEvent.Delivered;
import dev.concierge.schemas.requests.RequestEvent.RequestRated;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The agents read model on the real broker and the Mongo-wire server: the directory and presence from
 * {@code agents.events}, workload from the requests read model, handle time and CSAT from
 * {@code requests.events}, none of it changed by redelivery; {@code GET /v1/agents[/{id}]} for staff only.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(JwksStandInResource.class)
class AgentsTest extends ReadModelTest {

    private static final String DIRECTORY_GROUP = "projections-service-agents-agents-events";
    private static final String FACTS_GROUP = "projections-service-agents-requests-events";

    @Test
    void the_directory_keeps_the_latest_profile_and_presence_whatever_is_redelivered() {
        // given an agent who registered in Bengaluru, went online in Mysuru and then had their profile updated
        String agentId = uniqueId("agt_");
        CloudEvent<AgentEvent> registered = event(agentId, new AgentRegistered(agentId, "Asha Rao", "asha@concierge.local",
                "+919811111111", List.of("pharmacy"), 5, "bengaluru"));
        publish(registered);
        publish(event(agentId, new AgentAvailabilityChanged(agentId, true, "mysuru")));
        publish(event(agentId, new AgentUpdated(agentId, "Asha R.", "asha@concierge.local", null,
                List.of("pharmacy", "groceries"), 8, "bengaluru")));

        // when the registration (the same event) is delivered again after all that
        publish(registered);
        topics.awaitConsumed(DIRECTORY_GROUP, Topics.AGENTS_EVENTS.name());

        // then the agent shows the update, online in the zone their presence named
        JsonPath agent = agentAs(TestTokens.admin(), agentId).jsonPath();
        assertThat(agent.getString("agent.name")).isEqualTo("Asha R.");
        assertThat(agent.getList("agent.skills", String.class)).containsExactly("pharmacy", "groceries");
        assertThat(agent.getInt("agent.capacity")).isEqualTo(8);
        assertThat(agent.getBoolean("agent.online")).isTrue();
        assertThat(agent.getString("agent.zone")).isEqualTo("mysuru");
    }

    @Test
    void workload_handled_handle_time_and_csat_count_each_request_once_and_follow_reassignment() {
        // given an agent with a delivered and rated request, an open one, and one reassigned to someone else
        String agentId = uniqueId("agt_");
        publish(event(agentId, new AgentRegistered(agentId, "Ravi", "ravi@concierge.local", null, List.of("groceries"), 4,
                null)));
        Journey delivered = journey(uniqueId("cus_"), agentId, "groceries", "Milk", 30);
        publishWholeJourney(delivered);
        CloudEvent<RequestEvent> rating = fact(delivered, 9, new RequestRated(delivered.requestId, 4, "quick"));
        topics.publish(Topics.REQUESTS_EVENTS, rating);
        Journey open = journey(uniqueId("cus_"), agentId, "groceries", "Bread", 20);
        created(open, RequestStatus.SOURCING);
        topics.publish(Topics.REQUESTS_EVENTS, open.facts().get(1)); // AgentAssigned to this agent
        Journey reassigned = journey(uniqueId("cus_"), agentId, "groceries", "Eggs", 10);
        List<CloudEvent<RequestEvent>> handedOver = List.of(fact(reassigned, 1, new AgentAssigned(reassigned.requestId,
                agentId, null, false)), fact(reassigned, 2, new AgentAssigned(reassigned.requestId, "agt_other", agentId,
                true)), fact(reassigned, 5, new Delivered(reassigned.requestId, reassigned.at(5))),
                fact(reassigned, 6, new RequestRated(reassigned.requestId, 1, null)));
        handedOver.forEach(fact -> topics.publish(Topics.REQUESTS_EVENTS, fact));

        // when every fact is delivered a second time
        delivered.facts().forEach(fact -> topics.publish(Topics.REQUESTS_EVENTS, fact));
        topics.publish(Topics.REQUESTS_EVENTS, rating);
        handedOver.forEach(fact -> topics.publish(Topics.REQUESTS_EVENTS, fact));
        awaitVersion(delivered.requestId, 5);
        topics.awaitConsumed(FACTS_GROUP, Topics.REQUESTS_EVENTS.name());
        topics.awaitConsumed(DIRECTORY_GROUP, Topics.AGENTS_EVENTS.name());

        // then one open, one handled in 7 s (assigned at 1 s, delivered at 8 s) rated 4; the handed-over one is not theirs
        JsonPath agent = agentAs(TestTokens.agent(), agentId).jsonPath();
        assertThat(agent.getLong("performance.openRequests")).isEqualTo(1);
        assertThat(agent.getInt("performance.capacity")).isEqualTo(4);
        assertThat(agent.getLong("performance.handled")).isEqualTo(1);
        assertThat(agent.getLong("performance.medianHandleSeconds")).isEqualTo(7);
        assertThat(agent.getDouble("performance.csat")).isEqualTo(4.0);
        assertThat(agent.getLong("performance.ratings")).isEqualTo(1);
    }

    @Test
    void the_list_filters_by_presence_zone_skill_and_text() {
        // given two agents sharing a unique word, one online in a unique zone with a unique skill
        String word = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String online = uniqueId("agt_");
        String offline = uniqueId("agt_");
        publish(event(online, new AgentRegistered(online, "Meera " + word, "meera@concierge.local", null,
                List.of("skill-" + word), 3, "zone-" + word)));
        publish(event(offline, new AgentRegistered(offline, "Kabir " + word, "kabir@concierge.local", null,
                List.of("groceries"), 3, null)));
        publish(event(online, new AgentAvailabilityChanged(online, true)));
        topics.awaitConsumed(DIRECTORY_GROUP, Topics.AGENTS_EVENTS.name());

        // then each filter narrows the list, by name
        assertThat(ids(Map.of("q", word))).containsExactly(offline, online);
        assertThat(ids(Map.of("q", word, "online", "true"))).containsExactly(online);
        assertThat(ids(Map.of("q", word, "online", "false"))).containsExactly(offline);
        assertThat(ids(Map.of("zone", "zone-" + word))).containsExactly(online);
        assertThat(ids(Map.of("skill", "skill-" + word))).containsExactly(online);
    }

    @Test
    void customers_are_refused_unknown_agents_are_404_and_bad_parameters_name_themselves() {
        String customer = TestTokens.customer(uniqueId("cus_"));
        listAs(customer, Map.of()).then().statusCode(403).contentType("application/problem+json");
        agentAs(customer, "agt_any").then().statusCode(403);
        agentAs(TestTokens.admin(), "agt_doesnotexist").then().statusCode(404).contentType("application/problem+json");
        listAs(TestTokens.admin(), Map.of("online", "yes")).then().statusCode(400)
                .body("errors[0].field", equalTo("online"));
        listAs(TestTokens.admin(), Map.of("limit", "0")).then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    private static CloudEvent<RequestEvent> fact(Journey journey, long second, RequestEvent data) {
        return CloudEvent.of(UUID.randomUUID().toString(), "request-stream-processor", journey.at(second),
                journey.requestId, data);
    }

    private static CloudEvent<AgentEvent> event(String agentId, AgentEvent data) {
        return CloudEvent.of(UUID.randomUUID().toString(), "ingest-api", Instant.now(), agentId, data);
    }

    private void publish(CloudEvent<AgentEvent> event) {
        topics.publish(Topics.AGENTS_EVENTS, event);
    }

    private static List<String> ids(Map<String, ?> query) {
        Response answer = listAs(TestTokens.admin(), query);
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        return answer.jsonPath().getList("items.agentId", String.class);
    }

    private static Response listAs(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).when().get("/v1/agents");
    }

    private static Response agentAs(String token, String agentId) {
        return given().auth().oauth2(token).when().get("/v1/agents/" + agentId);
    }
}
