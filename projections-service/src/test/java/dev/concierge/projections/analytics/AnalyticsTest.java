package dev.concierge.projections.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.concierge.projections.config.AnalyticsProjector;
import dev.concierge.projections.readmodel.ReadModelDatabase;
import dev.concierge.projections.readmodel.RecordSink;
import dev.concierge.projections.support.Journey;
import dev.concierge.projections.support.ProjectionTopics;
import dev.concierge.projections.support.ReadModelTest;
import dev.concierge.projections.support.SampleDay;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/**
 * The analytics on the real broker, the Mongo-wire server and Redis: a day's facts give the funnel,
 * times, money and satisfaction; the same facts again, or replayed in another interleaving into a
 * fresh database, give equal documents; a cached answer is replaced as soon as a new fact is applied.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(JwksStandInResource.class)
class AnalyticsTest extends ReadModelTest {

    @Inject
    ReadModelDatabase database;

    @Inject
    MongoClient mongo;

    @Inject
    AnalyticsProjector projector;

    @Inject
    RedissonClient redis;

    @Test
    void a_days_requests_give_its_funnel_times_money_and_satisfaction_in_total_and_per_category() {
        // given the sample day's five requests on the topic
        SampleDay sample = SampleDay.publish(topics);
        topics.awaitConsumed(ProjectionTopics.ANALYTICS_EVENTS_GROUP, Topics.REQUESTS_EVENTS.name());

        // when staff ask for that day
        JsonPath summary = summary(sample.day, null);

        // then the figures are those of the five requests
        assertThat(summary.getString("zone")).isEqualTo("Asia/Kolkata");
        assertThat(summary.getMap("figures.funnel")).containsEntry("created", 5).containsEntry("quoted", 4)
                .containsEntry("paid", 3).containsEntry("delivered", 2).containsEntry("cancelled", 1);
        assertThat(summary.getString("figures.fulfilmentRate")).isEqualTo("0.6667");
        assertThat(summary.getString("figures.medianSeconds.toFirstStoreReply")).isEqualTo("4.0");
        assertThat(summary.getString("figures.medianSeconds.toFirstQuote")).isEqualTo("5.0");
        assertThat(summary.getString("figures.medianSeconds.toPayment")).isEqualTo("7.0");
        assertThat(summary.getString("figures.medianSeconds.toDelivery")).isEqualTo("8.0");
        assertThat(summary.getLong("figures.gmvMinor")).isEqualTo(3 * Journey.TOTAL.amountMinor());
        assertThat(summary.getLong("figures.averageOrderValueMinor")).isEqualTo(Journey.TOTAL.amountMinor());
        assertThat(summary.getMap("figures.refunds")).containsEntry("count", 1).containsEntry("amountMinor", 5_700);
        assertThat(summary.getLong("figures.slaBreaches")).isEqualTo(1);
        assertThat(summary.getString("figures.csat.mean")).isEqualTo("4.0");
        assertThat(summary.getLong("figures.csat.count")).isEqualTo(2);
        assertThat(summary.getMap("figures.behaviour.dropOff")).containsEntry("beforeQuote", 1)
                .containsEntry("beforePayment", 1).containsEntry("beforeDelivery", 1);
        assertThat(summary.getLong("figures.behaviour.customers")).isEqualTo(4);
        assertThat(summary.getLong("figures.behaviour.repeatCustomers")).isEqualTo(1);
        // one category alone, and the days around it are empty
        assertThat(summary(sample.day, SampleDay.GROCERIES).getMap("figures.funnel"))
                .containsEntry("created", 2).containsEntry("paid", 1);
        JsonPath daily = given().auth().oauth2(TestTokens.agent()).queryParam("from", sample.day.minusDays(1).toString())
                .queryParam("to", sample.day.plusDays(1).toString()).when().get("/v1/analytics/daily")
                .then().statusCode(200).extract().jsonPath();
        assertThat(daily.getList("day", String.class)).containsExactly(sample.day.minusDays(1).toString(),
                sample.day.toString(), sample.day.plusDays(1).toString());
        assertThat(daily.getLong("[0].total.funnel.created")).isZero();
        assertThat(daily.getLong("[1].total.funnel.created")).isEqualTo(5);
        assertThat(daily.getLong("[1].byCategory.'medicines-health'.funnel.created")).isEqualTo(3);
        assertThat(daily.getLong("[1].byCategory.groceries.gmvMinor")).isEqualTo(5_700);
    }

    @Test
    void the_same_facts_again_change_no_document_and_no_figure() {
        // given a day the analytics have taken in
        SampleDay sample = SampleDay.publish(topics);
        topics.awaitConsumed(ProjectionTopics.ANALYTICS_EVENTS_GROUP, Topics.REQUESTS_EVENTS.name());
        List<Document> before = metricsOf(database.get(), sample);
        String figures = summary(sample.day, null).prettify();

        // when every fact comes again (same event ids), newest first
        List<CloudEvent<?>> again = new ArrayList<>(sample.facts);
        java.util.Collections.reverse(again);
        again.forEach(fact -> topics.publish(Topics.REQUESTS_EVENTS, fact));
        topics.awaitConsumed(ProjectionTopics.ANALYTICS_EVENTS_GROUP, Topics.REQUESTS_EVENTS.name());

        // then nothing changed
        assertThat(metricsOf(database.get(), sample)).isEqualTo(before);
        assertThat(summary(sample.day, null).prettify()).isEqualTo(figures);
    }

    @Test
    void replayed_into_a_fresh_database_topic_by_topic_the_documents_equal_the_live_ones() {
        // given a day taken in live, with the customers' chat messages too
        SampleDay sample = SampleDay.publish(topics);
        for (Journey journey : sample.journeys) {
            journey.chat().forEach(message -> topics.publish(Topics.CHAT_MESSAGES, message));
        }
        topics.awaitConsumed(ProjectionTopics.ANALYTICS_EVENTS_GROUP, Topics.REQUESTS_EVENTS.name());
        topics.awaitConsumed(ProjectionTopics.ANALYTICS_CHAT_GROUP, Topics.CHAT_MESSAGES.name());

        // when the same records are replayed as a rebuild does: into a fresh database, one topic after the other
        MongoDatabase fresh = mongo.getDatabase("analytics_rebuild_" + UUID.randomUUID().toString().substring(0, 8));
        RecordSink rebuild = projector.into(() -> fresh, false);
        for (Journey journey : sample.journeys) {
            topics.records(Topics.CHAT_MESSAGES.name(), journey.requestId).forEach(rebuild::apply);
        }
        for (Journey journey : sample.journeys) {
            topics.records(Topics.REQUESTS_EVENTS.name(), journey.requestId).forEach(rebuild::apply);
        }

        // then the rebuilt documents are the live ones
        assertThat(metricsOf(fresh, sample)).isEqualTo(metricsOf(database.get(), sample)).hasSize(5);
        fresh.drop();
    }

    @Test
    void a_new_fact_is_in_the_very_next_answer_although_the_previous_answer_was_cached() {
        // given a request that is only created, and staff who asked about its day (the answer is now cached)
        LocalDate day = SampleDay.unusedDay();
        Journey journey = new Journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Amul butter 500 g",
                day.atTime(11, 0).atZone(SampleDay.ZONE).toInstant());
        journey.factsUntil(1).forEach(fact -> topics.publish(Topics.REQUESTS_EVENTS, fact));
        topics.awaitConsumed(ProjectionTopics.ANALYTICS_EVENTS_GROUP, Topics.REQUESTS_EVENTS.name());
        assertThat(summary(day, null).getLong("figures.funnel.quoted")).isZero();
        assertThat(redis.getKeys().getKeysByPattern("projections:analytics:*:summary:" + day + ":" + day + ":null"))
                .isNotEmpty();

        // when the quote is sent and the analytics have applied it
        topics.publish(Topics.REQUESTS_EVENTS, journey.facts().get(5));
        topics.awaitConsumed(ProjectionTopics.ANALYTICS_EVENTS_GROUP, Topics.REQUESTS_EVENTS.name());

        // then the next answer has it, without waiting for the cache to expire
        assertThat(summary(day, null).getLong("figures.funnel.quoted")).isEqualTo(1);
    }

    @Test
    void today_so_far_counts_a_request_created_and_paid_now() {
        // given today's counters
        JsonPath before = realtime();

        // when a request is created (its snapshot says NEW) and paid now
        Journey journey = journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Amul butter 500 g", 0);
        created(journey, RequestStatus.NEW);
        journey.factsUntil(8).forEach(fact -> topics.publish(Topics.REQUESTS_EVENTS, fact));
        topics.awaitConsumed(ProjectionTopics.ANALYTICS_EVENTS_GROUP, Topics.REQUESTS_EVENTS.name());

        // then today's counters grew by it (other tests may add to them too)
        JsonPath after = realtime();
        assertThat(after.getString("zone")).isEqualTo("Asia/Kolkata");
        assertThat(after.getLong("createdToday")).isGreaterThanOrEqualTo(before.getLong("createdToday") + 1);
        assertThat(after.getLong("paidToday")).isGreaterThanOrEqualTo(before.getLong("paidToday") + 1);
        assertThat(after.getLong("gmvTodayMinor")).isGreaterThanOrEqualTo(before.getLong("gmvTodayMinor") + 5_700);
        assertThat(after.getLong("openByStatus.NEW")).isGreaterThanOrEqualTo(before.getLong("openByStatus.NEW") + 1);
        assertThat(after.getMap("openByStatus")).doesNotContainKey("DELIVERED");
    }

    @Test
    void analytics_are_for_staff_and_a_bad_day_is_a_problem_naming_it() {
        given().auth().oauth2(TestTokens.customer("cus_nosy")).queryParam("from", "2026-11-01")
                .when().get("/v1/analytics/summary").then().statusCode(403);
        given().when().get("/v1/analytics/realtime").then().statusCode(401);
        given().auth().oauth2(TestTokens.admin()).queryParam("from", "30/11/2026")
                .when().get("/v1/analytics/summary").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("from"));
        given().auth().oauth2(TestTokens.admin()).queryParam("from", "2026-11-02").queryParam("to", "2026-11-01")
                .when().get("/v1/analytics/daily").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("to"));
    }

    private static JsonPath summary(LocalDate day, String category) {
        var request = given().auth().oauth2(TestTokens.admin()).queryParam("from", day.toString())
                .queryParam("to", day.toString());
        if (category != null) {
            request = request.queryParam("category", category);
        }
        return request.when().get("/v1/analytics/summary").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath realtime() {
        return given().auth().oauth2(TestTokens.admin()).when().get("/v1/analytics/realtime")
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Document> metricsOf(MongoDatabase database, SampleDay sample) {
        List<Document> found = new ArrayList<>();
        for (Journey journey : sample.journeys) {
            Document row = database.getCollection("request_metrics").find(Filters.eq("_id", journey.requestId)).first();
            if (row != null) {
                found.add(row);
            }
        }
        return found;
    }
}
