package dev.concierge.bench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.concierge.bench.load.Call;
import dev.concierge.bench.stack.QuotedRequests.Quoted;
import java.util.List;
import org.junit.jupiter.api.Test;

class E2ePaymentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void each_quoted_request_is_accepted_once_by_its_owner_with_its_own_quote() throws Exception {
        E2ePayment.Acceptances acceptances = new E2ePayment.Acceptances(List.of(
                new Quoted("req_a", "token-a", "quo_1"), new Quoted("req_b", "token-b", "quo_2")));

        Call second = acceptances.next(1);

        assertThat(second.uri()).isEqualTo("/v1/requests/req_b/commands/AcceptQuote");
        assertThat(second.headers()).containsEntry("Authorization", "Bearer token-b");
        assertThat(JSON.readTree(second.body()).path("quoteId").asText()).isEqualTo("quo_2");
        assertThat(acceptances.requestId(0)).isEqualTo("req_a");
        assertThat(acceptances.accepted(202, new byte[0])).isOne();
        assertThat(acceptances.accepted(409, new byte[0])).isZero();
    }

    @Test
    void a_shorter_run_prepares_the_quoted_requests_it_asks_for_but_never_more_than_the_loads_need() {
        assertThat(E2ePayment.toPrepare(null, 500)).isEqualTo(500);
        assertThat(E2ePayment.toPrepare("150", 500)).isEqualTo(150);
        assertThat(E2ePayment.toPrepare("5000", 500)).isEqualTo(500);
    }
}
