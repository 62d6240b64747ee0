package dev.concierge.bench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.bench.load.Call;
import dev.concierge.bench.stack.Customers.Customer;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class E2eChatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<Customer> customers = List.of(
            new Customer("+917000000001", "token-a", List.of("req_a1", "req_a2")),
            new Customer("+917000000002", "token-b", List.of("req_b1")));

    @Test
    void the_goal_allows_five_times_kafkas_p99_plus_twenty_milliseconds() {
        assertThat(E2eLatency.allowedP99Ms(7)).isEqualTo(55.0);
        assertThat(E2eLatency.headroom(55, 7)).isEqualTo(1.0);
        assertThat(E2eLatency.headroom(110, 7)).as("twice the allowed p99 is short of the goal").isEqualTo(0.5);
        assertThat(E2eLatency.headroom(11, 7)).as("a fifth of it meets the goal with room").isEqualTo(5.0);
    }

    @Test
    void every_message_carries_its_own_marker_and_goes_round_robin_over_the_customers_requests() throws Exception {
        E2eChat.MarkedMessages messages = new E2eChat.MarkedMessages(customers, 42);

        List<Call> calls = LongStream.range(0, 4).mapToObj(messages::next).toList();

        assertThat(calls).extracting(Call::uri).containsExactly("/v1/requests/req_a1/messages",
                "/v1/requests/req_b1/messages", "/v1/requests/req_a2/messages", "/v1/requests/req_a1/messages");
        assertThat(calls.get(1).headers()).containsEntry("Authorization", "Bearer token-b");
        for (int i = 0; i < calls.size(); i++) {
            String text = JSON.readTree(calls.get(i).body()).path("text").asText();
            assertThat(text).startsWith(ChatTexts.TEXT).endsWith(" " + ChatMarkers.marker(42, i));
        }
        assertThat(messages.accepted(202, new byte[0])).isOne();
        assertThat(messages.accepted(503, new byte[0])).isZero();
    }
}
