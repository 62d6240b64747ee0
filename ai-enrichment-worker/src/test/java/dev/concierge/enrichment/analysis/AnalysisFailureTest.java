package dev.concierge.enrichment.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.enrichment.EnrichmentCommand.AnalyzeRequest;
import dev.concierge.schemas.enrichment.EnrichmentResult;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentFailed;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** An analysis that breaks is answered {@code EnrichmentFailed}, retryable, instead of dead-lettering the command. */
@QuarkusTest
@TestProfile(UnloadableModel.Profile.class)
@WithTestResource(ConciergeTestResource.class)
class AnalysisFailureTest {

    private final EnrichmentTopics topics = new EnrichmentTopics();

    @Test
    void a_command_whose_analysis_cannot_run_is_answered_enrichment_failed_retryable_with_the_reason() {
        String requestId = "req_" + UUID.randomUUID();

        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), requestId,
                new AnalyzeRequest(requestId, 1, "need 2 packets amul taaza 500ml", List.of(), null, List.of()));

        CloudEvent<EnrichmentResult> result = decode(topics.awaitRecord(Topics.ENRICHMENT_RESULTS.name(), requestId,
                any -> true));
        EnrichmentFailed failed = (EnrichmentFailed) result.data();
        assertThat(failed.attempt()).isEqualTo(1);
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.reason()).isEqualTo("analysis failed unexpectedly: NoClassDefFoundError: " + UnloadableModel.ERROR);
        assertThat(result.source()).isEqualTo("ai-enrichment-worker");
    }

    @Test
    void a_redelivered_command_is_answered_again_under_the_same_event_id() {
        String requestId = "req_" + UUID.randomUUID();
        String commandId = UUID.randomUUID().toString();
        AnalyzeRequest command = new AnalyzeRequest(requestId, 1, "dolo 650 ki 2 strip", List.of(), null, List.of());

        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), requestId, commandId, command);
        ConsumerRecord<String, byte[]> first = topics.awaitRecord(Topics.ENRICHMENT_RESULTS.name(), requestId, any -> true);
        topics.publish(Topics.ENRICHMENT_COMMANDS.name(), requestId, commandId, command);
        // one key, one partition: the answer to the redelivery comes after the first one
        ConsumerRecord<String, byte[]> second = topics.awaitRecord(Topics.ENRICHMENT_RESULTS.name(), requestId,
                record -> record.offset() > first.offset());

        assertThat(decode(second).id()).isEqualTo(decode(first).id()).isNotEqualTo(commandId);
        assertThat(decode(second).data()).isEqualTo(decode(first).data());
    }

    private CloudEvent<EnrichmentResult> decode(ConsumerRecord<String, byte[]> record) {
        return topics.codec().decode(record.value(), Topics.ENRICHMENT_RESULTS);
    }
}
