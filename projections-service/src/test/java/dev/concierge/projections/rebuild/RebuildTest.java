package dev.concierge.projections.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import dev.concierge.projections.privacy.persistence.FieldSealer;
import dev.concierge.projections.privacy.persistence.SealedRows;
import dev.concierge.projections.readmodel.ReadModelDatabase;
import dev.concierge.projections.rebuild.persistence.GenerationPointer;
import dev.concierge.projections.support.Journey;
import dev.concierge.projections.support.LiveFromTheBeginning;
import dev.concierge.projections.support.ReadModelTest;
import dev.concierge.projections.support.Waiting;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.common.Author;
import dev.concierge.schemas.common.RequestStatus;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 2 of issue #14 on the real broker and the Mongo-wire server: a rebuild from offset zero
 * produces collections equal, document for document, to the ones the live consumers built from the same
 * records; afterwards reads and live writes are on the new generation. The live consumers here read every
 * topic from offset zero into a database of their own ({@link LiveFromTheBeginning}), so both sides saw the
 * same records: everything the shared broker holds, this test's journeys included.
 */
@QuarkusTest
@TestProfile(LiveFromTheBeginning.class)
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(JwksStandInResource.class)
class RebuildTest extends ReadModelTest {

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    @Inject
    ReadModelDatabase readModels;

    @Inject
    GenerationPointer pointer;

    @Inject
    MongoClient mongo;

    @Inject
    FieldSealer sealer;

    @Test
    void a_rebuild_from_offset_zero_produces_collections_equal_to_the_live_ones() {
        // given full journeys, an undecodable record and a fact of an unknown type, all taken in by the live consumers
        Journey first = journey(uniqueId("cus_"), uniqueId("agt_"), "medicines-health", "Dolo 650 tablet strip", 9);
        Journey second = journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Amul Taaza milk 1 l", 7);
        publishWholeJourney(first);
        publishWholeJourney(second);
        topics.publishBytes(Topics.REQUESTS_EVENTS.name(), first.requestId, "{not json".getBytes(StandardCharsets.UTF_8));
        // and read receipts of both sides, one of them before the message it names
        topics.publish(Topics.CHAT_MESSAGES, first.read(Author.AGENT, "msg_1" + first.requestId, 3));
        topics.publish(Topics.CHAT_MESSAGES, first.read(Author.CUSTOMER, "msg_2" + first.requestId, 4));
        topics.publish(Topics.CHAT_MESSAGES, second.read(Author.CUSTOMER, "msg_3" + second.requestId, 8));
        topics.publish(Topics.CHAT_MESSAGES, second.agentMessage("msg_3" + second.requestId, "Only 500 ml", 6));
        awaitDetail(first.requestId, 5, 9, 2);
        awaitDetail(second.requestId, 5, 9, 3);
        awaitLiveCaughtUp();
        MongoDatabase live = readModels.get();
        Map<String, List<String>> before = documents(live);
        assertThat(before.get("requests")).anyMatch(document -> document.contains(first.requestId));
        assertThat(before.get("message_receipts")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(before.get("messages")).anyMatch(document -> document.contains("msg_3" + second.requestId)
                && document.contains("readByCustomerAt"));

        // when an admin rebuilds
        Response started = given().auth().oauth2(TestTokens.admin()).when().post("/v1/admin/rebuild");
        assertThat(started.statusCode()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).endsWith("/v1/admin/rebuilds/" + started.jsonPath().getString("rebuildId"));
        JsonPath done = awaitFinished(location);

        // then reads are on the new generation, which holds the same documents as the live one did
        assertThat(done.getString("state")).isEqualTo("SWITCHED");
        MongoDatabase rebuilt = readModels.get();
        assertThat(rebuilt.getName()).isEqualTo(done.getString("database")).isNotEqualTo(live.getName());
        Map<String, List<String>> after = documents(rebuilt);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((collection, documents) ->
                assertThat(after.get(collection)).as("collection %s", collection).containsExactlyElementsOf(documents));
        // the progress made sense: everything read, the bad record skipped, not fatal
        assertThat(done.getDouble("percent")).isEqualTo(100.0);
        assertThat(done.getDouble("eventsPerSecond")).isPositive();
        assertThat(done.getLong("applied")).isGreaterThanOrEqualTo(before.get("request_timeline").size());
        assertThat(done.getLong("topics.find { it.topic == 'requests.events' }.skipped")).isPositive();
        assertThat(Instant.parse(done.getString("finishedAt"))).isAfterOrEqualTo(done.getString("switchedAt"))
                .isAfterOrEqualTo(done.getString("startedAt"));
        // the old generation is gone, the pointer a restart reads names the new one
        assertThat(mongo.listDatabaseNames().into(new ArrayList<>())).doesNotContain(live.getName());
        assertThat(pointer.current()).isEqualTo(done.getLong("generation"));
    }

    @Test
    void after_the_switch_new_records_are_applied_to_and_read_from_the_new_generation() {
        // given a finished rebuild
        JsonPath done = awaitFinished(given().auth().oauth2(TestTokens.admin()).when().post("/v1/admin/rebuild")
                .then().statusCode(202).extract().header("Location"));
        assertThat(done.getString("state")).isEqualTo("SWITCHED");

        // when a new request arrives on Kafka
        Journey journey = journey(uniqueId("cus_"), uniqueId("agt_"), "groceries", "Bread", 1);
        created(journey, RequestStatus.NEW);

        // then the API reads it from the new generation's database, where the live consumer wrote it
        MongoDatabase current = mongo.getDatabase(done.getString("database"));
        assertThat(current.getCollection("requests").countDocuments(new Document("_id", journey.requestId))).isEqualTo(1);
        assertThat(readModels.get().getName()).isEqualTo(current.getName());
    }

    @Test
    void an_instance_follows_the_generation_another_instance_switched_to() {
        // given the generation this instance works on
        long mine = pointer.current();
        long theirs = mine + 50;
        try {
            // when another instance's rebuild persists a newer one
            pointer.set(theirs, "rbd_elsewhere");

            // then this instance reads and writes there within its follow interval
            Waiting.until("this instance on generation " + theirs,
                    () -> readModels.get().getName().equals(pointer.databaseName(theirs)));
        } finally {
            pointer.set(mine, "rbd_back");
            Waiting.until("this instance back on generation " + mine,
                    () -> readModels.get().getName().equals(pointer.databaseName(mine)));
        }
    }

    @Test
    void a_second_rebuild_while_one_runs_is_a_conflict_naming_the_running_one() {
        // given a rebuild that runs (it waits two seconds after its switch, so it runs at least that long)
        Response first = given().auth().oauth2(TestTokens.admin()).when().post("/v1/admin/rebuild");
        assertThat(first.statusCode()).isEqualTo(202);

        // when another is asked for
        Response second = given().auth().oauth2(TestTokens.admin()).when().post("/v1/admin/rebuild");

        // then it is refused, and the first one finishes
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.jsonPath().getString("type")).isEqualTo("/problems/rebuild-running");
        assertThat(second.jsonPath().getString("detail")).contains(first.jsonPath().getString("rebuildId"));
        assertThat(given().auth().oauth2(TestTokens.admin()).when().get("/v1/admin/rebuild").jsonPath()
                .getString("rebuildId")).isEqualTo(first.jsonPath().getString("rebuildId"));
        assertThat(awaitFinished(first.header("Location")).getString("state")).isEqualTo("SWITCHED");
    }

    @Test
    void only_admins_may_rebuild_or_see_rebuilds() {
        given().when().post("/v1/admin/rebuild").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.agent()).when().post("/v1/admin/rebuild")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.customer(uniqueId("cus_"))).when().post("/v1/admin/rebuild")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.agent()).when().get("/v1/admin/rebuild")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).when().get("/v1/admin/rebuilds/rbd_nothing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** Every live consumer group has committed the end of its topic: the live read models hold everything there is. */
    private void awaitLiveCaughtUp() {
        Config config = ConfigProvider.getConfig();
        for (String channel : LiveFromTheBeginning.kafkaChannels()) {
            String group = config.getValue("mp.messaging.incoming." + channel + ".group.id", String.class);
            String topic = config.getOptionalValue("mp.messaging.incoming." + channel + ".topic", String.class)
                    .orElse(channel);
            topics.awaitConsumed(group, topic, PATIENCE);
        }
    }

    private JsonPath awaitFinished(String location) {
        JsonPath[] last = new JsonPath[1];
        Waiting.until("rebuild at " + location + " finished", PATIENCE, () -> {
            last[0] = given().auth().oauth2(TestTokens.admin()).when().get(location).then().statusCode(200).extract()
                    .jsonPath();
            return !"RUNNING".equals(last[0].getString("state"));
        });
        return last[0];
    }

    /**
     * Every collection with documents, each document as JSON with its fields in name order, sorted by
     * {@code _id}, its encrypted fields opened: each sealing draws a fresh nonce (reusing one under AES-GCM is unsafe), so a rebuild's
     * ciphertexts differ from the live ones while what they hold is equal.
     */
    private Map<String, List<String>> documents(MongoDatabase database) {
        Map<String, List<String>> collections = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            List<String> documents = new ArrayList<>();
            database.getCollection(name).find().sort(Sorts.ascending("_id"))
                    .forEach(document -> documents.add(((Document) opened(document)).toJson()));
            if (!name.startsWith("system.") && !documents.isEmpty()) {
                collections.put(name, documents);
            }
        }
        return collections;
    }

    private Object opened(Object value) {
        if (SealedRows.isSealed(value)) {
            return new Document("opened", sealer.open(value).value());
        }
        if (value instanceof Document document) {
            // field order is how the document happened to be created (which fact came first), not what it holds
            Document copy = new Document();
            new TreeMap<>(document).forEach((key, field) -> copy.put(key, opened(field)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(this::opened).toList();
        }
        return value;
    }
}
