package dev.concierge.enrichment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.enrichment.analysis.application.RequestEnrichment;
import dev.concierge.enrichment.photo.IngestMediaStandIn;
import dev.concierge.enrichment.photo.IngestStandInResource;
import dev.concierge.enrichment.photo.TestImages;
import dev.concierge.enrichment.photo.vision.VisionFake;
import dev.concierge.enrichment.remote.FakeControl;
import dev.concierge.enrichment.remote.RemoteProvidersProfile;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.enrichment.Barcode;
import dev.concierge.schemas.enrichment.EnrichmentCommand.AnalyzeRequest;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentCompleted;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The remote providers through their real clients (the Google Cloud Vision SDK over gRPC, langchain4j's
 * OpenAI client over HTTP) against local fakes at the wire, inside the running worker: through the
 * Kafka consumer for each path and its fallback, and through the enrichment directly for the rules.
 */
@QuarkusTest
@TestProfile(RemoteProvidersProfile.class)
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(IngestStandInResource.class)
class RemoteProvidersTest {

    /** A refinement the LLM fake gives when a test is about Vision: it names what the pack is and asks nothing. */
    private static final String BUTTER_REPLY = """
            {"category": "dairy", "subcategory": "butter-ghee", "brand": "Amul", "productName": "Amul Butter",
             "specs": {}, "questions": []}""";

    private final EnrichmentTopics topics = new EnrichmentTopics();
    private final ObjectMapper json = new ObjectMapper();

    /** Whether this application has made its first calls (see {@link #both_providers_answer_promptly_with_closed_circuits}). */
    private static boolean warm;

    @Inject
    RequestEnrichment enrichment;

    @BeforeEach
    void both_providers_answer_promptly_with_closed_circuits() {
        vision("mode", "answer");
        llm("delay-ms", "0");
        llm("status", "200");
        llm("reply", BUTTER_REPLY);
        if (!warm) {
            // the first call through a cold SDK loads gRPC, Netty and protobuf classes, which can take longer than
            // the short test timeouts on a busy machine: make it once, so the tests time the fakes' delays
            String requestId = "req_" + UUID.randomUUID();
            enrichment.analyse(new AnalyzeRequest(requestId, 1, "yeh chahiye",
                    List.of(upload(requestId, TestImages.printedText("AMUL BUTTER 500g"))), null, List.of()));
            warm = true;
        }
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void photos_are_read_by_google_vision_in_one_call_whose_text_labels_and_logo_reach_enrichment_completed() {
        String requestId = "req_" + UUID.randomUUID();
        String label = upload(requestId, TestImages.printedText("AMUL BUTTER 500g"));
        String code = upload("req_code_" + requestId.substring(4), TestImages.ean13("8901262150026"));
        int callsBefore = visionCalls();

        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), requestId,
                new AnalyzeRequest(requestId, 1, "yeh chahiye", List.of(label, code), null, List.of()));

        EnrichmentCompleted completed = topics.completed(requestId, 1);
        assertThat(completed.photoText()).isEqualTo(VisionFake.TEXT);
        assertThat(completed.photoLabels()).containsExactly("Butter", "Dairy", "Packaged goods", "Amul");
        assertThat(completed.barcodes()).containsExactly(new Barcode("EAN_13", "8901262150026"));
        assertThat(completed.brand()).isEqualTo("Amul");
        assertThat(completed.category()).isEqualTo("dairy");
        assertThat(completed.specs()).containsEntry("weight", "500 g");
        assertThat(completed.providers()).containsExactly("local-text", "local-barcode", "google-vision", "llm");
        assertThat(completed.degraded()).isFalse();
        assertThat(visionCalls()).isEqualTo(callsBefore + 1);
        assertThat(FakeControl.read(visionControl(), "last-images")).isEqualTo("2");
    }

    @Test
    void when_vision_times_out_the_local_ocr_reads_the_photo_and_the_result_says_why_it_is_degraded() {
        String requestId = "req_" + UUID.randomUUID();
        String photo = upload(requestId, TestImages.printedText("AMUL BUTTER 500g"));
        vision("mode", "slow");
        vision("delay-ms", "4000");

        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), requestId,
                new AnalyzeRequest(requestId, 1, "yeh chahiye", List.of(photo), null, List.of()));

        EnrichmentCompleted completed = topics.completed(requestId, 1);
        assertThat(completed.photoText()).isEqualTo("AMUL BUTTER 500g");
        assertThat(completed.providers()).contains("local-ocr").doesNotContain("google-vision");
        assertThat(completed.photoLabels()).isEmpty();
        assertThat(completed.category()).isEqualTo("dairy");
        assertThat(completed.degraded()).isTrue();
        assertThat(completed.degradedReasons())
                .containsExactly("google-vision: timed out after 1500 ms; photo text read locally");
    }

    @Test
    void after_repeated_vision_failures_the_circuit_opens_vision_is_left_alone_and_results_keep_coming() {
        vision("mode", "unavailable");
        int callsBefore = visionCalls();
        List<EnrichmentCompleted> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String requestId = "req_" + UUID.randomUUID();
            String photo = upload(requestId, TestImages.printedText("AMUL BUTTER 500g"));
            topics.publish(Topics.ENRICHMENT_COMMANDS.name(), requestId,
                    new AnalyzeRequest(requestId, 1, "yeh chahiye", List.of(photo), null, List.of()));
            results.add(topics.completed(requestId, 1));
        }

        // UNAVAILABLE is transient, so a request tries twice; a full window of four calls, three failed, opens the circuit
        assertThat(visionCalls() - callsBefore).isBetween(3, 4);
        assertThat(results.get(0).degradedReasons()).singleElement().asString()
                .startsWith("google-vision: UNAVAILABLE").endsWith("; photo text read locally");
        assertThat(results.subList(3, 5)).allSatisfy(result -> assertThat(result.degradedReasons()).containsExactly(
                "google-vision: circuit open after repeated failures, not called; photo text read locally"));
        assertThat(results).allSatisfy(result -> {
            assertThat(result.photoText()).isEqualTo("AMUL BUTTER 500g");
            assertThat(result.category()).isEqualTo("dairy");
            assertThat(result.degraded()).isTrue();
        });
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body(containsString("google-vision at 127.0.0.1:"), containsString("circuit OPEN"),
                        containsString("llm fake-gpt at http://127.0.0.1:"));
    }

    @Test
    void a_vague_request_gets_the_llms_specs_and_better_questions_in_the_customers_register() {
        llm("reply", """
                {"category": "mobile-computer-accessories", "subcategory": "chargers-cables", "brand": "Samsung",
                 "productName": "Samsung 25W USB-C charger", "specs": {"connector": "USB-C", "wattage": "25 W"},
                 "questions": [{"attribute": "quantity", "question": "Kitne charger chahiye?"},
                               {"attribute": "colour", "question": "Kaunsa colour, black ya white?"}]}""");
        String requestId = "req_" + UUID.randomUUID();

        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), requestId,
                new AnalyzeRequest(requestId, 1, "samsung galaxy s23 ka charger chahiye", List.of(), null, List.of()));

        EnrichmentCompleted completed = topics.completed(requestId, 1);
        assertThat(completed.category()).isEqualTo("mobile-computer-accessories");
        assertThat(completed.subcategory()).isEqualTo("chargers-cables");
        assertThat(completed.specs()).containsEntry("connector", "USB-C").containsEntry("wattage", "25 W");
        assertThat(completed.questions()).containsExactly("Kitne charger chahiye?", "Kaunsa colour, black ya white?");
        assertThat(completed.providers()).containsExactly("local-text", "llm");
        assertThat(completed.provider()).isEqualTo("llm");
        assertThat(completed.degraded()).isFalse();
        JsonNode prompt = lastPrompt();
        assertThat(prompt.path("text").asText()).isEqualTo("samsung galaxy s23 ka charger chahiye");
        assertThat(prompt.path("register").asText()).isEqualTo("HINGLISH");
        assertThat(prompt.path("local").path("category").asText()).isEqualTo("mobile-computer-accessories");
        assertThat(prompt.path("categoryAttributes").toString()).contains("\"id\":\"wattage\"");
        assertThat(prompt.path("categories").path("dairy").toString()).contains("butter-ghee");
    }

    @Test
    void when_the_llm_times_out_the_local_analysis_is_published_degraded_with_the_reason() {
        llm("delay-ms", "4000");
        String requestId = "req_" + UUID.randomUUID();

        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), requestId,
                new AnalyzeRequest(requestId, 1, "dolo 650 ki 2 strip", List.of(), null, List.of()));

        EnrichmentCompleted completed = topics.completed(requestId, 1);
        assertThat(completed.category()).isEqualTo("medicines-health");
        assertThat(completed.specs()).containsEntry("strength", "650 mg").containsEntry("quantity", "2");
        assertThat(completed.providers()).containsExactly("local-text");
        assertThat(completed.provider()).isEqualTo("local-text");
        assertThat(completed.degraded()).isTrue();
        assertThat(completed.degradedReasons()).containsExactly("llm: timed out after 1500 ms");
    }

    @Test
    void the_llm_is_asked_again_after_a_server_error_but_not_after_a_refusal() {
        llm("status", "503");
        int before = llmCalls();
        EnrichmentCompleted afterServerError = enrich("dolo 650 ki 2 strip");
        int afterFirst = llmCalls();
        llm("status", "400");
        EnrichmentCompleted afterRefusal = enrich("dolo 650 ki 2 strip");

        assertThat(afterFirst - before).isEqualTo(2);
        assertThat(llmCalls() - afterFirst).isEqualTo(1);
        assertThat(afterServerError.degradedReasons()).singleElement().asString().startsWith("llm: answered 503");
        assertThat(afterRefusal.degradedReasons()).singleElement().asString().startsWith("llm: answered 400");
        assertThat(afterRefusal.specs()).containsEntry("strength", "650 mg");
    }

    @Test
    void an_llm_answer_that_is_not_json_leaves_the_local_result_degraded() {
        llm("reply", "Sure! The customer wants Dolo 650.");

        EnrichmentCompleted completed = enrich("dolo 650 ki 2 strip");

        assertThat(completed.category()).isEqualTo("medicines-health");
        assertThat(completed.specs()).containsEntry("strength", "650 mg");
        assertThat(completed.degradedReasons()).containsExactly("llm: invalid output (not JSON)");
        assertThat(completed.providers()).doesNotContain("llm");
    }

    @Test
    void an_llm_category_outside_the_taxonomy_leaves_the_local_result_degraded() {
        llm("reply", """
                {"category": "pharmacy", "subcategory": null, "specs": {"strength": "650 mg"}, "questions": []}""");

        EnrichmentCompleted completed = enrich("dolo 650 ki 2 strip");

        assertThat(completed.category()).isEqualTo("medicines-health");
        assertThat(completed.degraded()).isTrue();
        assertThat(completed.degradedReasons())
                .containsExactly("llm: invalid output (category 'pharmacy' is not a taxonomy id)");
    }

    @Test
    void an_llm_question_about_a_known_attribute_is_dropped_and_the_strength_read_from_the_text_wins() {
        llm("reply", """
                {"category": "medicines-health", "subcategory": null, "brand": "Micro Labs",
                 "specs": {"strength": "500 mg", "pack-size": "15 tablets"},
                 "questions": [{"attribute": "strength", "question": "Kitne mg wali?"},
                               {"attribute": "form", "question": "Tablet ya syrup?"},
                               {"attribute": "variant", "question": "Dolo 650 hi chahiye ya koi bhi paracetamol chalega?"}]}""");

        EnrichmentCompleted completed = enrich("dolo 650 ki 2 strip");

        assertThat(completed.specs()).containsEntry("strength", "650 mg").containsEntry("pack-size", "15 tablets");
        assertThat(completed.questions()).containsExactly("Dolo 650 hi chahiye ya koi bhi paracetamol chalega?");
        assertThat(completed.degraded()).isFalse();
    }

    @Test
    void a_second_round_drops_an_llm_question_that_was_asked_before() {
        String asked = "Kaunsa colour, black ya white?";
        llm("reply", """
                {"category": "mobile-computer-accessories", "subcategory": "chargers-cables",
                 "specs": {}, "questions": [{"attribute": "colour", "question": "kaunsa colour, black ya white?"},
                                            {"attribute": "length", "question": "Cable kitni lambi chahiye?"}]}""");

        EnrichmentCompleted completed = enrichment.analyse(new AnalyzeRequest("req_" + UUID.randomUUID(), 2,
                "iphone charger chahiye", List.of(), null, List.of("koi bhi"), List.of(asked)));

        assertThat(completed.questions()).containsExactly("Cable kitni lambi chahiye?");
    }

    private EnrichmentCompleted enrich(String text) {
        return enrichment.analyse(new AnalyzeRequest("req_" + UUID.randomUUID(), 1, text, List.of(), null, List.of()));
    }

    private JsonNode lastPrompt() {
        try {
            JsonNode request = json.readTree(FakeControl.read(llmControl(), "last-request"));
            return json.readTree(request.path("messages").get(1).path("content").asText());
        } catch (IOException e) {
            throw new AssertionError("the LLM fake recorded no readable request", e);
        }
    }

    private static String upload(String requestId, byte[] bytes) {
        String mediaId = "med_" + requestId.substring(4);
        IngestMediaStandIn.upload(config(IngestStandInResource.BASE_URL), mediaId, bytes);
        return mediaId;
    }

    private static int visionCalls() {
        return calls(visionControl());
    }

    private static int llmCalls() {
        return calls(llmControl());
    }

    private static int calls(String control) {
        String calls = FakeControl.read(control, "calls");
        return calls.isEmpty() ? 0 : Integer.parseInt(calls);
    }

    private static void vision(String name, String value) {
        FakeControl.put(visionControl(), name, value);
    }

    private static void llm(String name, String value) {
        FakeControl.put(llmControl(), name, value);
    }

    private static String visionControl() {
        return config(RemoteProvidersProfile.VISION_CONTROL);
    }

    private static String llmControl() {
        return config(RemoteProvidersProfile.LLM_CONTROL);
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }
}
