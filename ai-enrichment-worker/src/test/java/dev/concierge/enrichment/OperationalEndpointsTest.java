package dev.concierge.enrichment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.concierge.testkit.ConciergeTestResource;
import dev.concierge.testkit.service.OperationalEndpointsContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class OperationalEndpointsTest extends OperationalEndpointsContract {

    private static final String PHOTO_PROVIDERS = "checks.find { it.name == 'photo-providers' }";
    private static final String REMOTE_PROVIDERS = "checks.find { it.name == 'remote-providers' }";

    @Override
    protected String openApiTitle() {
        return "Concierge AI Enrichment Worker";
    }

    @Test
    void readiness_says_that_photos_are_read_with_the_local_barcode_reader_and_tesseract() {
        given().when().get("/q/health/ready").then()
                .body(PHOTO_PROVIDERS + ".status", equalTo("UP"))
                .body(PHOTO_PROVIDERS + ".data.barcodes", equalTo("local-barcode"))
                .body(PHOTO_PROVIDERS + ".data.ocr", equalTo("local-ocr"));
    }

    @Test
    void readiness_says_that_without_credentials_neither_google_vision_nor_an_llm_is_used_and_why() {
        given().when().get("/q/health/ready").then()
                .body(REMOTE_PROVIDERS + ".status", equalTo("UP"))
                .body(REMOTE_PROVIDERS + ".data.vision", equalTo("local OCR; google-vision not configured (no VISION_API_KEY, "
                        + "no GOOGLE_APPLICATION_CREDENTIALS, no plaintext VISION_ENDPOINT)"))
                .body(REMOTE_PROVIDERS + ".data.llm", equalTo("local only; llm not configured (LLM_API_KEY unset)"));
    }
}
