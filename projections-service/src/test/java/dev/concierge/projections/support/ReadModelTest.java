package dev.concierge.projections.support;

import static io.restassured.RestAssured.given;

import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.testkit.auth.TestTokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/**
 * Shared by the read-model tests: publishing journeys to the real broker and reading the answers of
 * the query API as staff. Subclasses are {@code @QuarkusTest}s with {@code ConciergeTestResource} and
 * {@code JwksStandInResource}, so they share one application.
 */
public abstract class ReadModelTest {

    protected final ProjectionTopics topics = new ProjectionTopics();

    @AfterEach
    void closeTopics() {
        topics.close();
    }

    protected static String uniqueId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A journey of a new customer with a new agent, created {@code minutesAgo} minutes ago (to the millisecond). */
    protected static Journey journey(String customerId, String agentId, String category, String text, long minutesAgo) {
        return new Journey(customerId, agentId, category, text,
                Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(minutesAgo, ChronoUnit.MINUTES));
    }

    /** Publishes the request's snapshot at version 1 and waits until the read model has it. */
    protected void created(Journey journey, RequestStatus status) {
        topics.publish(Topics.REQUESTS_STATE, journey.state(1, status));
        awaitVersion(journey.requestId, 1);
    }

    /** Publishes every fact, every chat message and snapshots 1 to 5 (delivered) of the journey. */
    protected void publishWholeJourney(Journey journey) {
        for (CloudEvent<?> fact : journey.facts()) {
            topics.publish(Topics.REQUESTS_EVENTS, fact);
        }
        for (CloudEvent<?> message : journey.chat()) {
            topics.publish(Topics.CHAT_MESSAGES, message);
        }
        RequestStatus[] statuses = {RequestStatus.NEW, RequestStatus.SOURCING, RequestStatus.QUOTED,
                RequestStatus.PAID, RequestStatus.DELIVERED};
        for (int version = 1; version <= statuses.length; version++) {
            topics.publish(Topics.REQUESTS_STATE, journey.state(version, statuses[version - 1]));
        }
    }

    /** The detail as an admin reads it, once its snapshot, timeline and messages have all arrived. */
    protected JsonPath awaitDetail(String requestId, long version, int facts, int messages) {
        JsonPath[] last = new JsonPath[1];
        Waiting.until("request " + requestId + " at version " + version + " with " + facts + " facts and " + messages
                + " messages", () -> {
                    Response answer = detailAs(TestTokens.admin(), requestId);
                    if (answer.statusCode() != 200) {
                        return false;
                    }
                    last[0] = answer.jsonPath();
                    return last[0].getLong("request.version") == version && last[0].getList("timeline").size() == facts
                            && last[0].getList("messages").size() == messages;
                });
        return last[0];
    }

    protected void awaitVersion(String requestId, long version) {
        Waiting.until("request " + requestId + " at version " + version, () -> {
            Response answer = detailAs(TestTokens.admin(), requestId);
            return answer.statusCode() == 200 && answer.jsonPath().getLong("request.version") == version;
        });
    }

    protected static Response detailAs(String token, String requestId) {
        return given().auth().oauth2(token).when().get("/v1/requests/" + requestId);
    }
}
