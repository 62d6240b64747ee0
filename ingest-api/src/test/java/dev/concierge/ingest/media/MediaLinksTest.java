package dev.concierge.ingest.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.Images;
import dev.concierge.schemas.media.MediaLinkSigner;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed, expiring media links: what Twilio (and the dev outbox) fetch store outreach photos through, without a JWT. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class MediaLinksTest extends ApiTest {

    /** The notifier's copy of the %test value of concierge.media.link-key. */
    private static final MediaLinkSigner NOTIFIER = MediaLinkSigner.fromBase64Key("ZGV2LW9ubHktbWVkaWEtbGluay1rZXktMzItYnl0ZXMhIQ==");
    private static final String PROBLEM = "application/problem+json";

    String mediaId;
    byte[] stored;

    @BeforeEach
    void upload() throws Exception {
        Api.Session customer = api.customer();
        mediaId = given().auth().oauth2(customer.token()).multiPart("file", "x.png", Images.png(), "image/png")
                .when().post("/v1/media").then().statusCode(201).extract().path("mediaId");
        stored = given().auth().oauth2(customer.token()).when().get("/v1/media/{id}", mediaId)
                .then().statusCode(200).extract().asByteArray();
    }

    @Test
    void a_signed_link_serves_the_stored_image_without_a_token_cacheable_until_it_expires() {
        String link = NOTIFIER.pathAndQuery(mediaId, Instant.now().plus(Duration.ofMinutes(10)));

        Response answer = given().when().get(link);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("image/png");
        assertThat(answer.asByteArray()).isEqualTo(stored);
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Cache-Control")).matches("private, max-age=(59[0-9]|600)");
    }

    @Test
    void an_expired_forged_or_altered_link_is_the_same_403_problem_saying_nothing_of_which_part_was_wrong() {
        Instant later = Instant.now().plus(Duration.ofMinutes(10));
        String valid = NOTIFIER.pathAndQuery(mediaId, later);
        String expires = Long.toString(later.getEpochSecond());
        MediaLinkSigner stranger = new MediaLinkSigner("another-key-of-at-least-32-bytes!!".getBytes());
        List<String> bad = List.of(
                NOTIFIER.pathAndQuery(mediaId, Instant.now().minusSeconds(5)),
                stranger.pathAndQuery(mediaId, later),
                valid.replace("expires=" + expires, "expires=" + (later.getEpochSecond() + 86_400)),
                valid.substring(0, valid.length() - 2) + "AA",
                valid.substring(0, valid.indexOf("&signature")),
                "/v1/media/" + mediaId + "/public",
                "/v1/media/" + mediaId + "/public?expires=NaN&signature=x",
                NOTIFIER.pathAndQuery(mediaId, later).replace(mediaId, "med_" + "1".repeat(64)));
        String detail = null;
        for (String link : bad) {
            Response answer = given().when().get(link);
            assertThat(answer.statusCode()).as(link).isEqualTo(403);
            assertThat(answer.contentType()).as(link).startsWith(PROBLEM);
            String said = answer.jsonPath().getString("detail");
            assertThat(detail == null || detail.equals(said)).as(link + " says the same as the others").isTrue();
            detail = said;
        }
    }

    @Test
    void a_valid_link_to_an_image_that_does_not_exist_is_a_404() {
        String unknown = "med_" + "ab".repeat(32);

        given().when().get(NOTIFIER.pathAndQuery(unknown, Instant.now().plusSeconds(60)))
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
    }

    @Test
    void without_a_link_the_image_still_needs_a_token() {
        given().when().get("/v1/media/{id}", mediaId).then().statusCode(401).contentType(PROBLEM);
    }
}
