package dev.concierge.enrichment.preview;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;

import dev.concierge.enrichment.photo.IngestMediaStandIn;
import dev.concierge.enrichment.photo.IngestStandInResource;
import dev.concierge.enrichment.photo.TestImages;
import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.auth.JwksStandInResource;
import dev.concierge.testkit.auth.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/enrich:preview} through HTTP with tokens verified against a JWK set, as on the dev stack. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(IngestStandInResource.class)
@WithTestResource(JwksStandInResource.class)
class PreviewTest {

    private static final String PREVIEW = "/v1/enrich:preview";

    @Test
    void an_admin_gets_the_enrichment_of_a_few_words_and_pasted_photos_of_a_pack() {
        String label = base64(TestImages.printedText("AMUL BUTTER 500g"));
        String code = base64(TestImages.ean13("8901262150026"));

        asAdmin(Map.of("text", "yeh chahiye", "images", List.of(label, "data:image/png;base64," + code)))
                .statusCode(200).contentType("application/json")
                .body("category", equalTo("dairy"))
                .body("subcategory", equalTo("butter-ghee"))
                .body("brand", equalTo("Amul"))
                .body("specs.weight", equalTo("500 g"))
                .body("photoText", equalTo("AMUL BUTTER 500g"))
                .body("barcodes", contains(Map.of("format", "EAN_13", "value", "8901262150026")))
                .body("providers", contains("local-text", "local-barcode", "local-ocr"))
                .body("questions", everyItem(instanceOf(String.class)))
                .body("confidence", instanceOf(Float.class))
                .body("degraded", equalTo(false))
                .body("$", not(hasKey("requestId")))
                .body("$", not(hasKey("attempt")));
    }

    @Test
    void text_alone_names_the_category_and_asks_nothing_it_was_told() {
        asAdmin(Map.of("text", "need 2 packets amul taaza 500ml")).statusCode(200)
                .body("category", equalTo("dairy"))
                .body("specs.quantity", equalTo("2"))
                .body("specs.volume", equalTo("500 ml"))
                .body("questions", everyItem(not(containsString("ml"))))
                .body("providers", contains("local-text"));
    }

    @Test
    void the_path_is_the_same_with_its_colon_sent_literally_or_percent_encoded() {
        // RestAssured sends the colon as %3A; curl and browsers send it as it is
        given().urlEncodingEnabled(false).auth().oauth2(TestTokens.admin()).contentType("application/json")
                .body(Map.of("text", "dolo 650 ki 2 strip")).when().post(PREVIEW).then().statusCode(200)
                .body("category", equalTo("medicines-health"));
        asAdmin(Map.of("text", "dolo 650 ki 2 strip")).statusCode(200).body("category", equalTo("medicines-health"));
    }

    @Test
    void media_ids_are_read_through_ingest_api_and_an_unknown_one_marks_the_result_degraded_with_its_reason() {
        String mediaId = "med_preview_" + UUID.randomUUID().toString().replace("-", "");
        IngestMediaStandIn.upload(ConfigProvider.getConfig().getValue(IngestStandInResource.BASE_URL, String.class),
                mediaId, TestImages.printedText("DOLO 650"));

        asAdmin(Map.of("text", "2 strip chahiye", "mediaIds", List.of(mediaId, "med_gone"))).statusCode(200)
                .body("category", equalTo("medicines-health"))
                .body("specs.strength", equalTo("650 mg"))
                .body("photoText", equalTo("DOLO 650"))
                .body("degraded", equalTo(true))
                .body("degradedReasons", contains("photo med_gone: unknown media id (ingest-api answered 404)"));
    }

    @Test
    void a_second_round_asks_none_of_the_questions_asked_before() {
        List<String> asked = asAdmin(Map.of("text", "charger chahiye")).statusCode(200).extract().jsonPath()
                .getList("questions", String.class);

        asAdmin(Map.of("text", "charger chahiye", "askedQuestions", asked, "answers", List.of("iphone 13")))
                .statusCode(200)
                .body("specs.model", equalTo("iphone 13"))
                .body("questions", everyItem(not(org.hamcrest.Matchers.in(asked))));
    }

    @Test
    void only_admins_may_preview_and_refusals_are_problem_json() {
        given().contentType("application/json").body(Map.of("text", "milk")).when().post(PREVIEW).then()
                .statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthenticated"));
        for (String token : new String[] {TestTokens.agent(), TestTokens.customer("cus_1")}) {
            given().auth().oauth2(token).contentType("application/json").body(Map.of("text", "milk")).when()
                    .post(PREVIEW).then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("/problems/forbidden"));
        }
        given().auth().oauth2(TestTokens.foreignIssuer()).contentType("application/json").body(Map.of("text", "milk"))
                .when().post(PREVIEW).then().statusCode(401).body("type", equalTo("/problems/unauthenticated"));
    }

    @Test
    void text_images_and_media_ids_all_missing_is_a_400_naming_text() {
        problem(asAdmin(Map.of("text", " ")), 400, "text").body("type", equalTo("/problems/invalid-input"));
    }

    @Test
    void invalid_base64_in_the_third_image_is_a_400_naming_images_2() {
        String good = base64(TestImages.ean13("8901262150026"));

        problem(asAdmin(Map.of("images", List.of(good, good, "not base64!"))), 400, "images[2]")
                .body("detail", containsString("not valid base64"));
    }

    @Test
    void more_images_than_the_limit_is_a_400_naming_images_and_the_limit() {
        String good = base64(TestImages.ean13("8901262150026"));

        problem(asAdmin(Map.of("images", List.of(good, good, good, good, good))), 400, "images")
                .body("detail", equalTo("at most 4 images, got 5"));
    }

    @Test
    void images_larger_than_ten_megabytes_together_are_a_413_naming_images_and_the_limit() {
        String justOver = Base64.getEncoder().encodeToString(new byte[10 * 1024 * 1024 + 1]);

        problem(asAdmin(Map.of("images", List.of(justOver))), 413, "images")
                .body("detail", containsString("10485760 bytes"));
    }

    @Test
    void a_body_over_the_http_limit_is_a_413_problem_naming_the_limit() {
        problem(asAdmin(Map.of("text", "a".repeat(17 * 1024 * 1024))), 413, "body")
                .body("detail", containsString("the limit is 16777216 bytes"));
    }

    @Test
    void a_body_that_is_not_json_is_a_400_naming_the_body_and_a_field_of_the_wrong_type_is_named() {
        problem(asAdmin("{\"text\": \"milk\""), 400, "body").body("type", equalTo("/problems/malformed-json"));
        problem(asAdmin("{\"images\": \"iVBORw0KGgo\"}"), 400, "images");
    }

    @Test
    void a_category_hint_that_is_not_in_the_taxonomy_is_a_400_naming_it() {
        problem(asAdmin(Map.of("text", "milk", "categoryHint", "dairies")), 400, "categoryHint")
                .body("detail", containsString("dairy"));
    }

    @Test
    void a_null_answer_is_a_400_naming_it() {
        problem(asAdmin("{\"text\": \"charger\", \"askedQuestions\": [\"Which phone?\"], \"answers\": [null]}"), 400,
                "answers[0]");
    }

    @Test
    void an_image_that_cannot_be_read_and_no_text_is_a_422_with_the_reason() {
        problem(asAdmin(Map.of("images", List.of(base64(TestImages.corruptPng())))), 422, "images")
                .body("type", equalTo("/problems/nothing-to-analyse"))
                .body("detail", containsString("photo upload-1: corrupt image"));
    }

    @Test
    void the_openapi_document_describes_the_preview_and_its_bearer_security() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/v1/enrich:preview'.post.responses", hasKey("413"))
                .body("paths.'/v1/enrich:preview'.post.security.flatten()", hasItem(hasKey("SecurityScheme")));
    }

    private static ValidatableResponse asAdmin(Object body) {
        return given().auth().oauth2(TestTokens.admin()).contentType("application/json").body(body).when()
                .post(PREVIEW).then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String field) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("errors.field", contains(field));
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
