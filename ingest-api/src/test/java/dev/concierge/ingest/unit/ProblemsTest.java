package dev.concierge.ingest.unit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.shared.application.EventStoreUnavailableException;
import dev.concierge.ingest.shared.application.InvalidInputException;
import dev.concierge.ingest.shared.application.TooManyRequestsException;
import dev.concierge.ingest.shared.web.problems.Problems;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.redisson.client.RedisConnectionException;

class ProblemsTest {

    @Test
    void an_unreachable_redis_is_a_503_with_retry_after_not_a_500() {
        Problems.Problem problem = Problems.describe(new RedisConnectionException("connection refused"), "/v1/requests");

        assertThat(problem.detail().status()).isEqualTo(503);
        assertThat(problem.detail().slug()).isEqualTo("dependency-unavailable");
        assertThat(problem.retryAfter()).isPositive();
    }

    @Test
    void kafka_not_acknowledging_is_a_503_telling_the_client_to_retry_with_the_same_key() {
        Problems.Problem problem = Problems.describe(
                new EventStoreUnavailableException("timeout", new RuntimeException()), "/v1/requests");

        assertThat(problem.detail().status()).isEqualTo(503);
        assertThat(problem.detail().detail()).contains("Idempotency-Key");
        assertThat(problem.retryAfter()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void field_errors_and_throttles_keep_their_details() {
        assertThat(Problems.describe(InvalidInputException.of("phone", "bad"), "/v1/auth/otp").detail().errors())
                .extracting(e -> e.field()).containsExactly("phone");
        assertThat(Problems.describe(new TooManyRequestsException("slow down", Duration.ofSeconds(7)), "/x")
                .retryAfter()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void a_genuine_bug_is_not_dressed_up_as_a_client_problem() {
        assertThat(Problems.describe(new NullPointerException(), "/v1/requests")).isNull();
    }
}
