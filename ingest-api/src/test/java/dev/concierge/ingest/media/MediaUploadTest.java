package dev.concierge.ingest.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.Images;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.chat.ChatEvent.ChatMessagePosted;
import dev.concierge.schemas.common.Attachment;
import dev.concierge.schemas.requests.RequestCommand.CreateRequest;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class MediaUploadTest extends ApiTest {

    Api.Session customer;

    @BeforeEach
    void signIn() {
        customer = api.customer();
    }

    @Test
    void a_photo_is_stored_without_its_gps_position_and_served_back_to_its_uploader() throws Exception {
        byte[] photo = Images.jpegWithGps();
        assertThat(Images.gpsOf(photo)).isNotNull();

        String mediaId = upload(customer, "IMG_0042.jpg", photo, "image/jpeg")
                .then().statusCode(201).body("contentType", equalTo("image/jpeg")).body("mediaId", startsWith("med_"))
                .extract().path("mediaId");

        byte[] served = given().auth().oauth2(customer.token()).when().get("/v1/media/{id}", mediaId)
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertThat(Images.gpsOf(served)).isNull();
        assertThat(served.length).isPositive();
    }

    @Test
    void the_same_image_uploaded_twice_is_stored_once_under_one_id() throws Exception {
        byte[] photo = Images.png();

        String first = upload(customer, "a.png", photo, "image/png").then().statusCode(201)
                .body("deduplicated", equalTo(false)).extract().path("mediaId");
        String second = upload(api.customer(), "b.png", photo, "image/png").then().statusCode(201)
                .body("deduplicated", equalTo(true)).extract().path("mediaId");

        assertThat(second).isEqualTo(first);
    }

    @Test
    void a_text_file_named_jpg_is_refused_from_its_content() {
        byte[] text = "just some notes, not a photo".getBytes(StandardCharsets.UTF_8);

        upload(customer, "holiday.jpg", text, "image/jpeg")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("/problems/unsupported-content"));
    }

    @Test
    void an_image_over_10_mb_is_refused_with_a_problem() throws Exception {
        byte[] photo = Images.jpegWithGps();
        byte[] big = java.util.Arrays.copyOf(photo, 10 * 1024 * 1024 + 1);

        upload(customer, "huge.jpg", big, "image/jpeg")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"));
    }

    @Test
    void another_customer_cannot_fetch_it_but_an_agent_can() throws Exception {
        String mediaId = upload(customer, "x.png", Images.png(), "image/png").then().statusCode(201)
                .extract().path("mediaId");

        given().auth().oauth2(api.customer().token()).when().get("/v1/media/{id}", mediaId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(api.agent().token()).when().get("/v1/media/{id}", mediaId)
                .then().statusCode(200).contentType("image/png");
        given().when().get("/v1/media/{id}", mediaId).then().statusCode(401);
    }

    @Test
    void requests_and_messages_carry_uploaded_media_and_refuse_unknown_ones() throws Exception {
        String mediaId = upload(customer, "x.png", Images.png(), "image/png").then().statusCode(201)
                .extract().path("mediaId");

        String requestId = Api.as(customer.token())
                .body(Map.of("mediaIds", List.of(mediaId), "deliveryAddress", Api.address()))
                .when().post("/v1/requests").then().statusCode(202).extract().path("requestId");
        Api.as(customer.token()).body(Map.of("text", "this one", "mediaIds", List.of(mediaId)))
                .when().post("/v1/requests/{id}/messages", requestId).then().statusCode(202);
        Api.as(customer.token()).body(Map.of("mediaIds", List.of("med_" + "0".repeat(64))))
                .when().post("/v1/requests/{id}/messages", requestId)
                .then().statusCode(400).body("errors[0].field", equalTo("mediaIds[0]"));

        CreateRequest create = (CreateRequest) topics.withKey(Topics.REQUESTS_COMMANDS, requestId).get(0).data();
        assertThat(create.mediaIds()).containsExactly(mediaId);
        ChatMessagePosted message = (ChatMessagePosted) topics.withKey(Topics.CHAT_MESSAGES, requestId).get(0).data();
        assertThat(message.attachments()).containsExactly(new Attachment(mediaId, null, "image/png"));
    }

    private static io.restassured.response.Response upload(Api.Session who, String name, byte[] bytes, String type) {
        return given().auth().oauth2(who.token()).multiPart("file", name, bytes, type).when().post("/v1/media");
    }
}
