package dev.concierge.ingest.media;

import static dev.concierge.ingest.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.Images;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A media id is a capability of its uploader: another customer cannot attach it anywhere a write
 * takes media ids, and cannot tell it from an id that was never uploaded. Staff may attach any.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class MediaReferencesTest extends ApiTest {

    private static final String UNKNOWN = "med_" + "0".repeat(64);

    Api.Session owner;
    Api.Session other;
    String photo;

    @BeforeEach
    void twoCustomersAndAPhoto() throws Exception {
        owner = api.customer();
        other = api.customer();
        photo = given().auth().oauth2(owner.token()).multiPart("file", "a.png", Images.png(), "image/png")
                .when().post("/v1/media").then().statusCode(201).extract().path("mediaId");
    }

    @Test
    void another_customers_photo_is_refused_everywhere_exactly_like_an_id_that_does_not_exist() {
        String othersRequest = Api.createRequest(other);
        long commandsBefore = topics.size(Topics.REQUESTS_COMMANDS);
        long messagesBefore = topics.size(Topics.CHAT_MESSAGES);

        for (String mediaId : List.of(photo, UNKNOWN, "med_" + "f".repeat(64), "not-a-media-id")) {
            Response create = as(other.token()).body(Map.of("text", "same as this", "mediaIds", List.of(mediaId),
                    "deliveryAddress", Api.address())).when().post("/v1/requests");
            Response message = as(other.token()).body(Map.of("mediaIds", List.of(mediaId)))
                    .when().post("/v1/requests/{id}/messages", othersRequest);
            Response batch = as(other.token()).contentType("application/x-ndjson").body((
                    "{\"clientEventId\": \"m-" + mediaId.hashCode() + "\", \"op\": \"PostMessage\", \"requestId\": \""
                            + othersRequest + "\", \"body\": {\"mediaIds\": [\"" + mediaId + "\"]}}\n"
                            + "{\"op\": \"CreateRequest\", \"body\": {\"mediaIds\": [\"" + mediaId + "\"],"
                            + " \"deliveryAddress\": {\"line1\": \"1 MG Road\", \"city\": \"Bengaluru\", \"pincode\": \"560001\"}}}")
                            .getBytes(StandardCharsets.UTF_8))
                    .when().post("/v1/events:batch");

            for (Response refused : List.of(create, message)) {
                assertThat(refused.statusCode()).as(mediaId).isEqualTo(400);
                assertThat(refused.contentType()).startsWith("application/problem+json");
                assertThat(refused.jsonPath().getString("errors[0].field")).isEqualTo("mediaIds[0]");
                assertThat(refused.jsonPath().getString("errors[0].message"))
                        .isEqualTo("no media with this id was uploaded by you; upload the image with POST /v1/media first");
            }
            assertThat(batch.jsonPath().getList("results.status")).as(mediaId).containsExactly(400, 400);
            assertThat(batch.jsonPath().getList("results.problem.errors[0].message", String.class)).as(mediaId)
                    .containsOnly("no media with this id was uploaded by you; upload the image with POST /v1/media first");
        }

        assertThat(topics.size(Topics.REQUESTS_COMMANDS)).isEqualTo(commandsBefore);
        assertThat(topics.size(Topics.CHAT_MESSAGES)).isEqualTo(messagesBefore);
    }

    @Test
    void the_uploader_and_staff_may_attach_it() {
        String ownRequest = as(owner.token()).body(Map.of("mediaIds", List.of(photo), "deliveryAddress", Api.address()))
                .when().post("/v1/requests").then().statusCode(202).extract().path("requestId");

        as(api.agent().token()).body(Map.of("text", "is this the one?", "mediaIds", List.of(photo)))
                .when().post("/v1/requests/{id}/messages", ownRequest).then().statusCode(202);

        assertThat(topics.withKey(Topics.CHAT_MESSAGES, ownRequest)).extracting(landed -> landed.data())
                .singleElement().satisfies(message -> assertThat(((ChatMessagePosted) message).attachments())
                        .containsExactly(new Attachment(photo, null, "image/png")));
    }

    @Test
    void a_customer_who_uploads_the_same_image_may_attach_it_as_their_own() throws Exception {
        byte[] same = Images.png();
        String first = given().auth().oauth2(owner.token()).multiPart("file", "a.png", same, "image/png")
                .when().post("/v1/media").then().statusCode(201).extract().path("mediaId");
        String second = given().auth().oauth2(other.token()).multiPart("file", "b.png", same, "image/png")
                .when().post("/v1/media").then().statusCode(201).extract().path("mediaId");
        assertThat(second).isEqualTo(first);

        as(other.token()).body(Map.of("mediaIds", List.of(second), "deliveryAddress", Api.address()))
                .when().post("/v1/requests").then().statusCode(202);
    }
}
