package dev.concierge.bench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.bench.load.Call;
import dev.concierge.bench.stack.Customers.Customer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class WorkloadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Customer> customers = List.of(
            new Customer("+917000000001", "token-a", List.of("req_a1", "req_a2")),
            new Customer("+917000000002", "token-b", List.of("req_b1", "req_b2")));

    @Test
    void single_messages_go_round_robin_so_consecutive_calls_come_from_different_customers_and_requests() {
        IngestSingle.Messages messages = new IngestSingle.Messages(customers);

        List<String> uris = LongStream.range(0, 5).mapToObj(messages::next).map(Call::uri).toList();

        assertThat(uris).containsExactly("/v1/requests/req_a1/messages", "/v1/requests/req_b1/messages",
                "/v1/requests/req_a2/messages", "/v1/requests/req_b2/messages", "/v1/requests/req_a1/messages");
        assertThat(messages.next(1).headers()).containsEntry("Authorization", "Bearer token-b");
        assertThat(messages.accepted(202, new byte[0])).isOne();
        assertThat(messages.accepted(429, new byte[0])).isZero();
    }

    @Test
    void a_batch_is_one_customers_thousand_post_message_lines_each_with_its_own_client_event_id() throws Exception {
        IngestBatch.Batches batches = new IngestBatch.Batches(customers, 77);

        Call call = batches.next(1);

        List<String> lines = new String(call.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(IngestBatch.LINES);
        assertThat(call.headers()).containsEntry("Authorization", "Bearer token-b")
                .containsEntry("Content-Type", "application/x-ndjson");
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            JsonNode parsed = JSON.readTree(line);
            assertThat(parsed.path("op").asText()).isEqualTo("PostMessage");
            assertThat(parsed.path("requestId").asText()).isIn("req_b1", "req_b2");
            ids.add(parsed.path("clientEventId").asText());
        }
        assertThat(ids).hasSize(IngestBatch.LINES);
        assertThat(batches.accepted(200, "{\"accepted\": 998, \"rejected\": 2}".getBytes(StandardCharsets.UTF_8))).isEqualTo(998);
        assertThat(batches.accepted(413, new byte[0])).isZero();
    }
}
