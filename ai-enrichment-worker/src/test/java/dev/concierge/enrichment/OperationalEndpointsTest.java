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
}
