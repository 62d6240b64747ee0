package dev.concierge.projections.requests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.projections.support.Journey;
import dev.concierge.projections.support.ReadModelTest;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
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
    void bad_parameters_are_problem_json_naming_the_parameter() {
        String admin = TestTokens.admin();
        Map<String, Map<String, Object>> cases = Map.of(
                "status", Map.of("status", "WRONG"),
                "limit", Map.of("limit", "0"),
                "cursor", Map.of("cursor", "not-a-cursor"),
                "createdFrom", Map.of("createdFrom", "yesterday"));
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

    private static Response listAs(String token, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).when().get("/v1/requests");
    }

    private static List<String> ids(Response answer) {
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        return answer.jsonPath().getList("items.requestId", String.class);
    }
}
