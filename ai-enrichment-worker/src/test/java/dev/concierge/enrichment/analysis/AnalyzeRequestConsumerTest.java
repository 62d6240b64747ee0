package dev.concierge.enrichment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.enrichment.photo.IngestMediaStandIn;
import dev.concierge.enrichment.photo.IngestStandInResource;
import dev.concierge.enrichment.photo.TestImages;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.enrichment.Barcode;
import dev.concierge.schemas.enrichment.EnrichmentCommand.AnalyzeRequest;
import dev.concierge.schemas.enrichment.EnrichmentResult;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentCompleted;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentFailed;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
@WithTestResource(IngestStandInResource.class)
class AnalyzeRequestConsumerTest {

    private final EnrichmentTopics topics = new EnrichmentTopics();

    @Test
    void an_analyze_request_is_answered_on_enrichment_results_with_category_specs_and_no_question_about_them() {
        String requestId = "req_" + UUID.randomUUID();

        String commandId = topics.publish(Topics.ENRICHMENT_COMMANDS.name(), requestId,
                new AnalyzeRequest(requestId, 1, "need 2 packets amul taaza 500ml", List.of(), null, List.of()));

        CloudEvent<EnrichmentResult> result = resultOf(requestId, 1);
        EnrichmentCompleted completed = (EnrichmentCompleted) result.data();
        assertThat(completed.category()).isEqualTo("dairy");
        assertThat(completed.subcategory()).isEqualTo("milk");
        assertThat(completed.brand()).isEqualTo("Amul");
        assertThat(completed.specs()).containsEntry("quantity", "2").containsEntry("volume", "500 ml");
        assertThat(completed.questions()).noneMatch(question -> question.toLowerCase().contains("ml"));
        assertThat(completed.providers()).containsExactly("local-text");
        assertThat(completed.degraded()).isFalse();
        assertThat(result.source()).isEqualTo("ai-enrichment-worker");
        assertThat(result.id()).isNotEqualTo(commandId);
    }

    @Test
    void the_second_round_gets_no_question_already_asked_and_an_unknown_photo_marks_the_result_degraded() {
        String requestId = "req_" + UUID.randomUUID();
        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), requestId,
                new AnalyzeRequest(requestId, 1, "charger chahiye", List.of(), null, List.of()));
        List<String> asked = ((EnrichmentCompleted) resultOf(requestId, 1).data()).questions();

        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), requestId, new AnalyzeRequest(requestId, 2,
                "charger chahiye", List.of("med_" + "a".repeat(64)), null, List.of("iphone 13"), asked));

        EnrichmentCompleted second = (EnrichmentCompleted) resultOf(requestId, 2).data();
        assertThat(asked).isNotEmpty();
        assertThat(second.category()).isEqualTo("mobile-computer-accessories");
        assertThat(second.specs()).containsEntry("model", "iphone 13");
        assertThat(second.questions()).doesNotContainAnyElementsOf(asked);
        assertThat(second.degraded()).isTrue();
        assertThat(second.degradedReasons())
                .containsExactly("photo med_" + "a".repeat(64) + ": unknown media id (ingest-api answered 404)");
    }

    @Test
    void photos_of_a_pack_are_read_for_its_barcode_and_its_printed_name_which_classify_the_request() {
        String requestId = "req_" + UUID.randomUUID();
        upload("med_label_" + requestId.substring(4), TestImages.printedText("AMUL BUTTER 500g"));
        upload("med_code_" + requestId.substring(4), TestImages.ean13("8901262150026"));

        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), requestId, new AnalyzeRequest(requestId, 1, "yeh chahiye",
                List.of("med_label_" + requestId.substring(4), "med_code_" + requestId.substring(4)), null, List.of()));

        EnrichmentCompleted completed = (EnrichmentCompleted) resultOf(requestId, 1).data();
        assertThat(completed.photoText()).isEqualTo("AMUL BUTTER 500g");
        assertThat(completed.barcodes()).containsExactly(new Barcode("EAN_13", "8901262150026"));
        assertThat(completed.category()).isEqualTo("dairy");
        assertThat(completed.subcategory()).isEqualTo("butter-ghee");
        assertThat(completed.brand()).isEqualTo("Amul");
        assertThat(completed.specs()).containsEntry("weight", "500 g");
        assertThat(completed.providers()).containsExactly("local-text", "local-barcode", "local-ocr");
        assertThat(completed.degraded()).isFalse();
        assertThat(completed.degradedReasons()).isEmpty();
    }

    @Test
    void a_corrupt_photo_and_an_unknown_one_leave_the_answer_to_the_text_degraded_with_the_reasons_and_consuming_goes_on() {
        String requestId = "req_" + UUID.randomUUID();
        String nextId = "req_" + UUID.randomUUID();
        upload("med_broken_" + requestId.substring(4), TestImages.corruptPng());

        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), requestId, new AnalyzeRequest(requestId, 1,
                "dolo 650 ki 2 strip", List.of("med_broken_" + requestId.substring(4), "med_gone"), null, List.of()));
        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), nextId,
                new AnalyzeRequest(nextId, 1, "need 2 packets amul taaza 500ml", List.of(), null, List.of()));

        EnrichmentCompleted completed = (EnrichmentCompleted) resultOf(requestId, 1).data();
        assertThat(completed.category()).isEqualTo("medicines-health");
        assertThat(completed.specs()).containsEntry("strength", "650 mg");
        assertThat(completed.degraded()).isTrue();
        assertThat(completed.degradedReasons()).containsExactly(
                "photo med_broken_" + requestId.substring(4) + ": corrupt image (IIOException)",
                "photo med_gone: unknown media id (ingest-api answered 404)");
        assertThat(completed.photoText()).isNull();
        assertThat(completed.providers()).containsExactly("local-text");
        assertThat(((EnrichmentCompleted) resultOf(nextId, 1).data()).category()).isEqualTo("dairy");
    }

    @Test
    void a_record_that_is_not_a_command_goes_to_the_dlq_with_the_reason_and_the_next_command_is_answered() {
        String poisonKey = "req_" + UUID.randomUUID();
        String requestId = "req_" + UUID.randomUUID();

        topics.publishBytes(Topics.ENRICHMENT_COMMANDS.name(), poisonKey, "{not json".getBytes(StandardCharsets.UTF_8));
        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), requestId,
                new AnalyzeRequest(requestId, 1, "dolo 650 ki 2 strip", List.of(), null, List.of()));

        ConsumerRecord<String, byte[]> dead = topics.awaitRecord(Topics.ENRICHMENT_COMMANDS.dlqName(), poisonKey,
                record -> true);
        assertThat(EnrichmentTopics.header(dead, "dead-letter-reason")).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("not valid JSON"));
        EnrichmentCompleted completed = (EnrichmentCompleted) resultOf(requestId, 1).data();
        assertThat(completed.category()).isEqualTo("medicines-health");
        assertThat(completed.specs()).containsEntry("strength", "650 mg");
    }

    @Test
    void a_command_with_nothing_to_analyse_is_answered_enrichment_failed_not_retryable_with_the_reason() {
        String noPhotoId = "req_" + UUID.randomUUID();
        String unreadableId = "req_" + UUID.randomUUID();
        upload("med_blank_" + unreadableId.substring(4), TestImages.corruptPng());

        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), noPhotoId,
                new AnalyzeRequest(noPhotoId, 1, "  ", List.of(), null, List.of()));
        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), unreadableId, new AnalyzeRequest(unreadableId, 1, null,
                List.of("med_blank_" + unreadableId.substring(4)), null, List.of()));

        EnrichmentFailed noPhoto = (EnrichmentFailed) resultOf(noPhotoId, 1).data();
        EnrichmentFailed unreadable = (EnrichmentFailed) resultOf(unreadableId, 1).data();
        assertThat(noPhoto.retryable()).isFalse();
        assertThat(noPhoto.reason()).isEqualTo("nothing to analyse: the request has no text and no photo");
        assertThat(unreadable.retryable()).isFalse();
        assertThat(unreadable.reason()).isEqualTo("nothing to analyse: the request has no text and no photo could be "
                + "read (photo med_blank_" + unreadableId.substring(4) + ": corrupt image (IIOException))");
    }

    @Test
    void a_photo_alone_is_something_to_analyse_when_it_shows_a_barcode() {
        String requestId = "req_" + UUID.randomUUID();
        upload("med_only_" + requestId.substring(4), TestImages.ean13("8901262150026"));

        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), requestId, new AnalyzeRequest(requestId, 1, "",
                List.of("med_only_" + requestId.substring(4)), null, List.of()));

        EnrichmentCompleted completed = (EnrichmentCompleted) resultOf(requestId, 1).data();
        assertThat(completed.barcodes()).containsExactly(new Barcode("EAN_13", "8901262150026"));
    }

    private static void upload(String mediaId, byte[] bytes) {
        IngestMediaStandIn.upload(ConfigProvider.getConfig().getValue(IngestStandInResource.BASE_URL, String.class),
                mediaId, bytes);
    }

    private CloudEvent<EnrichmentResult> resultOf(String requestId, int attempt) {
        ConsumerRecord<String, byte[]> record = topics.awaitRecord(Topics.ENRICHMENT_RESULTS.name(), requestId,
                candidate -> topics.codec().decode(candidate.value(), Topics.ENRICHMENT_RESULTS).data().attempt() == attempt);
        return topics.codec().decode(record.value(), Topics.ENRICHMENT_RESULTS);
    }
}
