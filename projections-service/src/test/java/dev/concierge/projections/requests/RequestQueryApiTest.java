package dev.concierge.projections.requests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.projections.support.Journey;
import dev.concierge.projections.support.ReadModelTest;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.requests.RequestSnapshot;
import dev.concierge.schemas.requests.RequestSnapshot.RunningDeadline;
import dev.concierge.schemas.requests.Sla;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The query API with the ingest API's JWTs (verified against a JWK set, as on the dev stack):
 * who sees what, filters, cursor pagination, counts for inbox tabs, and problem+json on bad input.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(JwksStandInResource.class)
class RequestQueryApiTest extends ReadModelTest {

    @Test
    void a_customer_sees_only_their_own_requests_in_the_list_the_detail_and_the_counts() {
        // given one request of customer A (NEW) and a newer one of customer B (SOURCING)
        List<Journey> both = twoCustomersOfOneAgent();
        Journey ofA = both.get(0);
        Journey ofB = both.get(1);
        String customerA = TestTokens.customer(ofA.customerId);

        // when A lists and opens requests
        JsonPath list = listAs(customerA, Map.of()).jsonPath();
        Response theirs = detailAs(customerA, ofB.requestId);
        Response missing = detailAs(customerA, "req_doesnotexist");

        // then A sees only their own, and B's request answers exactly like a missing one
        assertThat(list.getList("items.requestId", String.class)).containsExactly(ofA.requestId);
        assertThat(list.getLong("counts.NEW")).isEqualTo(1);
        assertThat(list.getLong("counts.SOURCING")).isZero();
        assertThat(detailAs(customerA, ofA.requestId).statusCode()).isEqualTo(200);
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.contentType()).isEqualTo("application/problem+json");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(theirs.jsonPath().getString("type")).isEqualTo(missing.jsonPath().getString("type"));
        // and asking for B's list by name is refused, naming the parameter
        Response byName = listAs(customerA, Map.of("customerId", ofB.customerId));
        assertThat(byName.statusCode()).isEqualTo(400);
        assertThat(byName.jsonPath().getString("errors[0].field")).isEqualTo("customerId");
    }

    @Test
    void agents_and_admins_see_every_customers_requests() {
        List<Journey> both = twoCustomersOfOneAgent();
        Journey ofA = both.get(0);
        Journey ofB = both.get(1);
        String agent = ofA.agentId;

        for (String staff : List.of(TestTokens.agent(), TestTokens.admin())) {
            JsonPath list = listAs(staff, Map.of("agentId", agent)).jsonPath();
            assertThat(list.getList("items.requestId", String.class)).containsExactly(ofB.requestId, ofA.requestId);
            assertThat(list.getLong("counts.NEW")).isEqualTo(1);
            assertThat(list.getLong("counts.SOURCING")).isEqualTo(1);
            assertThat(detailAs(staff, ofA.requestId).statusCode()).isEqualTo(200);
            assertThat(listAs(staff, Map.of("customerId", ofB.customerId)).jsonPath()
                    .getList("items.requestId", String.class)).containsExactly(ofB.requestId);
        }
    }

    @Test
    void status_category_created_range_and_text_narrow_the_list_and_counts_ignore_only_the_status() {
        // given three requests of one agent
        String agent = uniqueId("agt_");
        Journey milk = journey(uniqueId("cus_"), agent, "groceries", "Amul Taaza MILK 1 l", 30);
        Journey dolo = journey(uniqueId("cus_"), agent, "medicines-health", "Dolo 650 tablet strip", 20);
        Journey bread = journey(uniqueId("cus_"), agent, "groceries", "Brown bread", 10);
        created(milk, RequestStatus.NEW);
        created(dolo, RequestStatus.SOURCING);
        created(bread, RequestStatus.QUOTED);
        String admin = TestTokens.admin();

        // then each filter narrows the list
        assertThat(ids(listAs(admin, Map.of("agentId", agent, "status", List.of("NEW", "QUOTED")))))
                .containsExactly(bread.requestId, milk.requestId);
        assertThat(ids(listAs(admin, Map.of("agentId", agent, "category", "groceries"))))
                .containsExactly(bread.requestId, milk.requestId);
        assertThat(ids(listAs(admin, Map.of("agentId", agent, "createdFrom", dolo.createdAt.toString(),
                "createdTo", bread.createdAt.toString())))).containsExactly(dolo.requestId);
        assertThat(ids(listAs(admin, Map.of("agentId", agent, "q", "taaza milk")))).containsExactly(milk.requestId);
        // the tabs count every status under the other criteria
        JsonPath groceries = listAs(admin, Map.of("agentId", agent, "category", "groceries", "status", "NEW")).jsonPath();
        assertThat(groceries.getList("items.requestId", String.class)).containsExactly(milk.requestId);
        assertThat(groceries.getLong("counts.NEW")).isEqualTo(1);
        assertThat(groceries.getLong("counts.QUOTED")).isEqualTo(1);
        assertThat(groceries.getLong("counts.SOURCING")).isZero();
    }

    @Test
    void the_cursor_pages_through_newest_first_without_repeating_or_skipping() {
        // given five requests of one agent, a minute apart
        String agent = uniqueId("agt_");
        List<String> newestFirst = new ArrayList<>();
        for (int minutesAgo = 50; minutesAgo >= 10; minutesAgo -= 10) {
            Journey journey = journey(uniqueId("cus_"), agent, "groceries", "Item " + minutesAgo, minutesAgo);
            created(journey, RequestStatus.NEW);
            newestFirst.add(0, journey.requestId);
        }

        // when an admin reads them two at a time
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> query = cursor == null ? Map.of("agentId", agent, "limit", "2")
                    : Map.of("agentId", agent, "limit", "2", "cursor", cursor);
            JsonPath page = listAs(TestTokens.admin(), query).jsonPath();
            List<String> items = page.getList("items.requestId", String.class);
            seen.addAll(items);
            pageSizes.add(items.size());
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        // then every request came once, newest first, and the last page said there is no next
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        assertThat(pageSizes).containsExactly(2, 2, 1);
    }

    @Test
    void the_store_filter_lists_the_requests_a_store_was_contacted_for_within_what_the_caller_may_see() {
        // given a request quoted from a new store, one quoted from another store, and one no store was asked about
        String agent = uniqueId("agt_");
        String store = uniqueId("sto_");
        Journey contacted = new Journey(uniqueId("cus_"), agent, "pharmacy", "Dolo", minutesAgo(30), store);
        Journey elsewhere = new Journey(uniqueId("cus_"), agent, "pharmacy", "Crocin", minutesAgo(20), uniqueId("sto_"));
        Journey notYet = new Journey(uniqueId("cus_"), agent, "pharmacy", "Vicks", minutesAgo(10), store);
        publishAt(contacted, 3, RequestStatus.QUOTED);
        publishAt(elsewhere, 3, RequestStatus.QUOTED);
        publishAt(notYet, 1, RequestStatus.NEW);

        // when staff and the customers list that store's requests
        List<String> asAdmin = ids(listAs(TestTokens.admin(), Map.of("storeId", store)));
        List<String> asOwner = ids(listAs(TestTokens.customer(contacted.customerId), Map.of("storeId", store)));
        List<String> asOther = ids(listAs(TestTokens.customer(elsewhere.customerId), Map.of("storeId", store)));

        // then only the request that store was contacted for, and a customer only when it is theirs
        assertThat(asAdmin).containsExactly(contacted.requestId);
        assertThat(asOwner).containsExactly(contacted.requestId);
        assertThat(asOther).isEmpty();
    }

    @Test
    void the_sla_filter_tells_breached_due_soon_and_ok_requests_apart_and_counts_follow_it() {
        // given requests of one agent whose next SLA deadline passed, is minutes away, is hours away, or is none,
        // and one the processor flagged as breached
        String agent = uniqueId("agt_");
        Instant now = Instant.now();
        Journey missed = withDeadline(agent, 50, new RunningDeadline("FIRST_AGENT_REPLY", Sla.FIRST_AGENT_REPLY,
                now.minus(1, ChronoUnit.MINUTES)));
        Journey dueSoon = withDeadline(agent, 40, new RunningDeadline("QUOTE", Sla.QUOTE, now.plus(5, ChronoUnit.MINUTES)));
        Journey later = withDeadline(agent, 30, new RunningDeadline("DELIVERY", Sla.DELIVERY, now.plus(2, ChronoUnit.HOURS)));
        // a limit, not a promise: it does not make the request due soon
        Journey noSla = withDeadline(agent, 20, new RunningDeadline("QUOTE_EXPIRY", null, now.plus(1, ChronoUnit.MINUTES)));
        Journey flagged = journey(uniqueId("cus_"), agent, "groceries", "Flagged", 10);
        RequestSnapshot plain = flagged.snapshot(1, RequestStatus.SOURCING);
        topics.publish(Topics.REQUESTS_STATE, flagged.state(new RequestSnapshot(plain.requestId(), 1, plain.status(),
                plain.customerId(), plain.text(), plain.mediaIds(), plain.deliveryAddress(), plain.categoryHint(),
                plain.agentId(), null, List.of(), List.of(), List.of(), null, null, null, null, null,
                List.of("sla-breached:QUOTE"), plain.transitions(), plain.createdAt(), plain.updatedAt(), List.of())));
        awaitVersion(flagged.requestId, 1);

        // when an admin filters the agent's requests by SLA state
        Response breached = listAs(TestTokens.admin(), Map.of("agentId", agent, "sla", "breached"));

        // then each state holds exactly its requests, newest first, and the counts follow the filter
        assertThat(ids(breached)).containsExactly(flagged.requestId, missed.requestId);
        assertThat(breached.jsonPath().getLong("counts.SOURCING")).isEqualTo(2);
        assertThat(ids(listAs(TestTokens.admin(), Map.of("agentId", agent, "sla", "due-soon"))))
                .containsExactly(dueSoon.requestId);
        assertThat(ids(listAs(TestTokens.admin(), Map.of("agentId", agent, "sla", "ok"))))
                .containsExactly(noSla.requestId, later.requestId);
    }

    @Test
    void oldest_first_and_due_soonest_orders_page_through_without_repeating_or_skipping() {
        // given four requests of one agent; their deadlines run in another order than their creation
        String agent = uniqueId("agt_");
        Instant now = Instant.now();
        Journey first = withDeadline(agent, 40, new RunningDeadline("QUOTE", Sla.QUOTE, now.plus(3, ChronoUnit.HOURS)));
        Journey second = withDeadline(agent, 30, new RunningDeadline("QUOTE", Sla.QUOTE, now.plus(1, ChronoUnit.HOURS)));
        Journey third = journey(uniqueId("cus_"), agent, "groceries", "No deadline", 20);
        created(third, RequestStatus.NEW);
        Journey fourth = withDeadline(agent, 10, new RunningDeadline("PAYMENT", Sla.PAYMENT, now.plus(2, ChronoUnit.HOURS)));

        // when an admin reads them oldest first, and due soonest two at a time
        List<String> oldest = ids(listAs(TestTokens.admin(), Map.of("agentId", agent, "sort", "oldest")));
        List<String> dueSoonest = pages(Map.of("agentId", agent, "sort", "due-soonest", "limit", "2"));

        // then oldest first by creation; due soonest by the next deadline, the request without one last
        assertThat(oldest).containsExactly(first.requestId, second.requestId, third.requestId, fourth.requestId);
        assertThat(dueSoonest).containsExactly(second.requestId, fourth.requestId, first.requestId, third.requestId);
    }

    @Test
    void a_cursor_of_one_order_is_refused_in_another() {
        String agent = uniqueId("agt_");
        for (int minutesAgo = 30; minutesAgo >= 10; minutesAgo -= 10) {
            created(journey(uniqueId("cus_"), agent, "groceries", "Item", minutesAgo), RequestStatus.NEW);
        }
        String newestCursor = listAs(TestTokens.admin(), Map.of("agentId", agent, "limit", "1")).jsonPath()
                .getString("nextCursor");

        listAs(TestTokens.admin(), Map.of("agentId", agent, "sort", "oldest", "cursor", newestCursor)).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void bad_parameters_are_problem_json_naming_the_parameter() {
        String admin = TestTokens.admin();
        Map<String, Map<String, Object>> cases = Map.of(
                "status", Map.of("status", "WRONG"),
                "limit", Map.of("limit", "0"),
                "cursor", Map.of("cursor", "not-a-cursor"),
                "createdFrom", Map.of("createdFrom", "yesterday"),
                "sla", Map.of("sla", "late"),
                "sort", Map.of("sort", "cheapest"));
        cases.forEach((parameter, query) -> listAs(admin, query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/bad-parameter"))
                .body("errors[0].field", equalTo(parameter)));
        for (String limit : List.of("101", "ten")) {
            listAs(admin, Map.of("limit", limit)).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        }
    }

    @Test
    void without_a_valid_token_the_answer_is_401_problem_json() {
        for (String authorization : new String[] {null, "Bearer not-a-jwt", "Bearer " + TestTokens.foreignIssuer()}) {
            for (String path : List.of("/v1/requests", "/v1/requests/req_any")) {
                var request = given();
                if (authorization != null) {
                    request.header("Authorization", authorization);
                }
                request.when().get(path).then().statusCode(401).contentType("application/problem+json")
                        .header("WWW-Authenticate", "Bearer").body("type", equalTo("/problems/unauthenticated"));
            }
        }
    }

    /** A NEW request of one customer and a newer SOURCING one of another, both with one new agent. */
    private List<Journey> twoCustomersOfOneAgent() {
        String agent = uniqueId("agt_");
        Journey ofA = journey(uniqueId("cus_"), agent, "groceries", "Milk", 10);
        Journey ofB = journey(uniqueId("cus_"), agent, "groceries", "Bread", 5);
        created(ofA, RequestStatus.NEW);
        created(ofB, RequestStatus.SOURCING);
        return List.of(ofA, ofB);
    }

    /** A request of the agent created {@code minutesAgo} minutes ago, in SOURCING with this deadline running. */
    private Journey withDeadline(String agent, long minutesAgo, RunningDeadline deadline) {
        Journey journey = journey(uniqueId("cus_"), agent, "groceries", "With a deadline", minutesAgo);
        topics.publish(Topics.REQUESTS_STATE, journey.state(journey.snapshot(1, RequestStatus.SOURCING)
                .withDeadlines(List.of(deadline))));
        awaitVersion(journey.requestId, 1);
        return journey;
    }

    private void publishAt(Journey journey, long version, RequestStatus status) {
        topics.publish(Topics.REQUESTS_STATE, journey.state(version, status));
        awaitVersion(journey.requestId, version);
    }

    /** Every page of the list as an admin reads it, following nextCursor. */
    private static List<String> pages(Map<String, Object> query) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = new java.util.HashMap<>(query);
            if (cursor != null) {
                page.put("cursor", cursor);
            }
            Response answer = listAs(TestTokens.admin(), page);
            seen.addAll(ids(answer));
            cursor = answer.jsonPath().getString("nextCursor");
        } while (cursor != null);
        return seen;
    }

    private static Instant minutesAgo(long minutes) {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(minutes, ChronoUnit.MINUTES);
    }

    private static Response listAs(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).when().get("/v1/requests");
    }

    private static List<String> ids(Response answer) {
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        return answer.jsonPath().getList("items.requestId", String.class);
    }
}
