package dev.concierge.schemas.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concierge.schemas.catalog.Topics;
import dev.concierge.schemas.enrichment.EnrichmentCommand.AnalyzeRequest;
import dev.concierge.schemas.enrichment.EnrichmentResult.EnrichmentCompleted;
import dev.concierge.schemas.envelope.CloudEvent;
import dev.concierge.schemas.envelope.EventCodec;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fields added to the enrichment records later are optional on the wire: events of the first shape still read. */
class EnrichmentShapeTest {

    private final EventCodec codec = EventCodec.standard();

    @Test
    void a_completed_enrichment_of_the_first_shape_reads_with_no_subcategory_no_providers_and_not_degraded() throws IOException {
        ObjectNode json = json(new EnrichmentCompleted("req_1", 1, "dairy", null, Map.of("volume", "500 ml"),
                List.of(), null, 0.8, "local-text"));
        ObjectNode data = (ObjectNode) json.get("data");
        data.remove(List.of("subcategory", "brand", "productName", "missingAttributes", "providers", "degraded",
                "photoText", "barcodes", "degradedReasons"));

        EnrichmentCompleted read = (EnrichmentCompleted) codec.decode(codec.mapper().writeValueAsBytes(json),
                Topics.ENRICHMENT_RESULTS).data();

        assertThat(read.subcategory()).isNull();
        assertThat(read.missingAttributes()).isEmpty();
        assertThat(read.providers()).isEmpty();
        assertThat(read.degraded()).isFalse();
        assertThat(read.photoText()).isNull();
        assertThat(read.barcodes()).isEmpty();
        assertThat(read.degradedReasons()).isEmpty();
        assertThat(read.specs()).containsEntry("volume", "500 ml");
    }

    @Test
    void an_analyze_request_without_asked_questions_reads_as_none_asked() throws IOException {
        ObjectNode json = json(new AnalyzeRequest("req_1", 1, "milk", List.of(), null, List.of()));
        ((ObjectNode) json.get("data")).remove("askedQuestions");

        AnalyzeRequest read = (AnalyzeRequest) codec.decode(codec.mapper().writeValueAsBytes(json),
                Topics.ENRICHMENT_COMMANDS).data();

        assertThat(read.askedQuestions()).isEmpty();
        assertThat(read).isEqualTo(new AnalyzeRequest("req_1", 1, "milk", List.of(), null, List.of(), List.of()));
    }

    private ObjectNode json(Object data) throws IOException {
        CloudEvent<Object> event = CloudEvent.of("6f1c3e0a-8d2b-4a57-9e1f-2b3c4d5e6f70", "test",
                Instant.parse("2026-11-30T10:00:00Z"), "req_1", data);
        return (ObjectNode) codec.mapper().readTree(codec.encode(event));
    }
}
