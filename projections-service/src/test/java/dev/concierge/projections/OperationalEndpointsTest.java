package dev.concierge.projections;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.concierge.projections.support.LiveFromTheBeginning;
import dev.concierge.projections.support.Waiting;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.service.OperationalEndpointsContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class OperationalEndpointsTest extends OperationalEndpointsContract {

    private static final String CONSUMERS_CHECK = "Live consumers assigned and caught up";

    @Override
    protected String openApiTitle() {
        return "Concierge Projections Service";
    }

    /**
     * This service is ready only once its live consumer groups hold their partitions and caught up, which takes
     * a moment after start-up; the contract's checks of a ready service are made after that.
     */
    @BeforeEach
    void waitUntilTheLiveConsumersCaughtUp() {
        Waiting.until("readiness", () -> given().when().get("/q/health/ready").statusCode() == 200);
    }

    @Test
    void readiness_includes_every_live_consumer_group_assigned_and_caught_up() {
        given()
                .when().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == '" + CONSUMERS_CHECK + "' }.status", equalTo("UP"))
                .body("checks.find { it.name == '" + CONSUMERS_CHECK + "' }.data.groups",
                        equalTo(LiveFromTheBeginning.kafkaChannels().size()));
    }

    @Test
    void the_dashboard_address_serves_the_dashboard() {
        // ./concierge run prints http://127.0.0.1:8080/ as the dashboard: it must be the built page, not a 404
        given()
                .when().get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<title>Concierge — dashboard</title>"), containsString("/assets/dashboard-"));
    }

    @Test
    void the_page_at_the_dashboard_address_is_revalidated_so_a_new_release_replaces_it() {
        // a page cached as immutable would keep a browser on the old release's assets
        given()
                .when().get("/")
                .then()
                .statusCode(200)
                .header("Cache-Control", allOf(containsString("no-cache"), not(containsString("immutable"))));
    }
}
