package dev.concierge.ingest.media;

import static dev.concierge.ingest.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.support.Api;
import dev.concierge.ingest.support.ApiTest;
import dev.concierge.ingest.support.Images;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customer sees every photo in their own request, including those an agent attached, and nothing
 * more: attaching is what shares a photo, and only staff (or its uploader) may attach it.
 */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class SharedMediaTest extends ApiTest {

    private static final String UNKNOWN = "med_" + "d".repeat(64);

    Api.Session customer;
    Api.Session stranger;
    Api.Session agent;
    String request;
    String agentsPhoto;

    @BeforeEach
    void anAgentsPhoto() throws Exception {
        customer = api.customer();
        stranger = api.customer();
        agent = api.agent();
        request = Api.createRequest(customer);
        agentsPhoto = Api.upload(agent, Images.png(), "image/png");
    }

    @Test
    void a_photo_an_agent_attached_in_the_customers_request_opens_for_that_customer_original_and_variants() {
        // before it is attached the customer cannot tell it from a photo that does not exist
        assertSameAsUnknown(as(customer.token()).when().get("/v1/media/{id}", agentsPhoto));

        // when the agent attaches it to a message in the customer's request
        as(agent.token()).body(Map.of("text", "this one?", "mediaIds", List.of(agentsPhoto)))
                .when().post("/v1/requests/{id}/messages", request).then().statusCode(202);

        // then the customer opens it, and its variants (the original stands in until they exist)
        as(customer.token()).when().get("/v1/media/{id}", agentsPhoto).then().statusCode(200).contentType("image/png");
        as(customer.token()).queryParam("variant", "thumb").when().get("/v1/media/{id}", agentsPhoto)
                .then().statusCode(200);
        // and another customer still cannot
        assertSameAsUnknown(as(stranger.token()).when().get("/v1/media/{id}", agentsPhoto));
        assertSameAsUnknown(as(stranger.token()).queryParam("variant", "screen").when()
                .get("/v1/media/{id}", agentsPhoto));
    }

    @Test
    void posting_a_media_id_you_did_not_upload_grants_you_nothing() throws Exception {
        // given the agent shared its photo in the customer's request, and the customer uploaded one of their own
        as(agent.token()).body(Map.of("mediaIds", List.of(agentsPhoto)))
                .when().post("/v1/requests/{id}/messages", request).then().statusCode(202);
        String customersPhoto = Api.upload(customer, Images.png(), "image/png");
        String strangersRequest = Api.createRequest(stranger);

        // when a stranger attaches those ids to a message in their own request, or posts in the customer's
        for (String guessed : List.of(agentsPhoto, customersPhoto)) {
            as(stranger.token()).body(Map.of("mediaIds", List.of(guessed)))
                    .when().post("/v1/requests/{id}/messages", strangersRequest)
                    .then().statusCode(400).contentType("application/problem+json");
            as(stranger.token()).body(Map.of("mediaIds", List.of(guessed)))
                    .when().post("/v1/requests/{id}/messages", request)
                    .then().statusCode(403).contentType("application/problem+json");

            // then neither write let the stranger read it
            assertSameAsUnknown(as(stranger.token()).when().get("/v1/media/{id}", guessed));
        }
        // and the customer's own photo, sent by the customer, opens for the customer only
        as(customer.token()).body(Map.of("mediaIds", List.of(customersPhoto)))
                .when().post("/v1/requests/{id}/messages", request).then().statusCode(202);
        as(customer.token()).when().get("/v1/media/{id}", customersPhoto).then().statusCode(200);
        assertSameAsUnknown(as(stranger.token()).when().get("/v1/media/{id}", customersPhoto));
    }

    @Test
    void a_photo_an_agent_attached_in_another_customers_request_stays_closed() {
        as(agent.token()).body(Map.of("mediaIds", List.of(agentsPhoto)))
                .when().post("/v1/requests/{id}/messages", Api.createRequest(stranger)).then().statusCode(202);

        assertSameAsUnknown(as(customer.token()).when().get("/v1/media/{id}", agentsPhoto));
        as(stranger.token()).when().get("/v1/media/{id}", agentsPhoto).then().statusCode(200);
    }

    /** A 404 problem exactly like the one for a media id nobody uploaded: existence is not revealed. */
    private void assertSameAsUnknown(Response refused) {
        Response unknown = as(stranger.token()).when().get("/v1/media/{id}", UNKNOWN);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo(unknown.jsonPath().getString("type"));
        assertThat(refused.jsonPath().getString("title")).isEqualTo(unknown.jsonPath().getString("title"));
    }
}
