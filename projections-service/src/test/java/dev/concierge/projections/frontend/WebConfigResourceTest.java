package dev.concierge.projections.frontend;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The front ends' settings: with no tile server configured (the default here) the maps are told to draw no tiles. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(JwksStandInResource.class)
class WebConfigResourceTest {

    @Test
    void without_a_configured_tile_server_the_front_ends_get_no_tile_url_and_no_attribution() {
        for (String token : new String[] {TestTokens.agent(), TestTokens.customer("cus_webconfig")}) {
            given().auth().oauth2(token).when().get("/v1/web-config")
                    .then().statusCode(200).body("mapTileUrl", nullValue()).body("mapAttribution", nullValue());
        }
    }

    @Test
    void the_settings_need_a_signed_in_caller() {
        given().when().get("/v1/web-config").then().statusCode(401);
    }
}
