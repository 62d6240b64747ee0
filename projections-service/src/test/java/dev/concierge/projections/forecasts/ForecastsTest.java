package dev.concierge.projections.forecasts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.projections.support.ProjectionTopics;
import dev.concierge.projections.support.ReadModelTest;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.forecasts.DemandForecast;
import dev.concierge.schemas.forecasts.DemandForecast.HourlyDemand;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The compacted {@code forecasts.demand} as the forecasts read model: the latest forecast per category wins. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(JwksStandInResource.class)
class ForecastsTest extends ReadModelTest {

    @Test
    void the_latest_forecast_of_a_category_is_kept_and_an_older_one_arriving_later_changes_nothing() {
        // given a category's forecast, then an older one (a replay, or a late replica)
        String category = uniqueId("cat_");
        Instant hour = Instant.parse("2026-11-30T10:00:00Z");
        publish(forecast(category, hour.plusSeconds(3_600), 7.5));
        publish(forecast(category, hour, 1.0));
        topics.awaitConsumed(ProjectionTopics.FORECASTS_GROUP, Topics.FORECASTS_DEMAND.name());

        // when staff read it
        JsonPath answer = given().auth().oauth2(TestTokens.agent()).queryParam("category", category)
                .when().get("/v1/forecasts").then().statusCode(200).extract().jsonPath();

        // then the newer one is there
        assertThat(answer.getList("category", String.class)).containsExactly(category);
        assertThat(answer.getString("[0].generatedAt")).isEqualTo("2026-11-30T11:00:00Z");
        assertThat(answer.getDouble("[0].forecast[0].requests")).isEqualTo(7.5);
        given().auth().oauth2(TestTokens.customer("cus_nosy")).when().get("/v1/forecasts").then().statusCode(403);
    }

    private void publish(DemandForecast forecast) {
        topics.publish(Topics.FORECASTS_DEMAND, CloudEvent.of(UUID.randomUUID().toString(), "ai-enrichment-worker",
                forecast.generatedAt(), forecast.category(), forecast));
    }

    private static DemandForecast forecast(String category, Instant generatedAt, double nextHour) {
        return new DemandForecast(category, generatedAt, "seasonal-naive", 24,
                List.of(new HourlyDemand(generatedAt.minusSeconds(3_600), 3)),
                List.of(new HourlyDemand(generatedAt, nextHour)));
    }
}
