package dev.concierge.ingest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.shared.web.RequestBudgets;
import dev.concierge.ingest.shared.web.RequestBudgets.Budget;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/** The limiters live in Redis, shared by every instance: what a restarted instance configures must win. */
@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class RateLimitConfigurationTest {

    private static final Budget ADDRESS = new Budget(1000, Duration.ofMinutes(1));

    @Inject
    RedissonClient redisson;

    @Test
    void a_limit_raised_in_configuration_applies_from_the_next_start_while_the_old_budget_is_spent() {
        String user = "cus_" + UUID.randomUUID();
        RequestBudgets running = new RequestBudgets(redisson, ADDRESS, new Budget(2, Duration.ofMinutes(1)));
        assertThat(running.spendForUser(user)).isEmpty();
        assertThat(running.spendForUser(user)).isEmpty();
        assertThat(running.spendForUser(user)).contains(Duration.ofMinutes(1));

        // an instance starts with the limit raised during the incident, while the user keeps sending
        RequestBudgets restarted = new RequestBudgets(redisson, ADDRESS, new Budget(5, Duration.ofMinutes(1)));

        for (int write = 1; write <= 5; write++) {
            assertThat(restarted.spendForUser(user)).isEmpty();
        }
        assertThat(restarted.spendForUser(user)).isPresent();
    }

    @Test
    void a_limit_lowered_in_configuration_applies_from_the_next_start_too() {
        String address = "198.51.100." + UUID.randomUUID().hashCode();
        RequestBudgets running = new RequestBudgets(redisson, new Budget(100, Duration.ofMinutes(1)), ADDRESS);
        assertThat(running.spendForAddress(address)).isEmpty();

        RequestBudgets restarted = new RequestBudgets(redisson, new Budget(1, Duration.ofMinutes(1)), ADDRESS);

        assertThat(restarted.spendForAddress(address)).isEmpty();
        assertThat(restarted.spendForAddress(address)).isPresent();
    }
}
