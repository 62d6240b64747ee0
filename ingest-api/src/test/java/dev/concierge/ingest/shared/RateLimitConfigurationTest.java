package dev.concierge.ingest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.ingest.shared.web.RequestBudgets;
import dev.concierge.ingest.shared.web.RequestBudgets.Budget;
import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

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

    @Test
    void requests_spent_together_in_one_call_get_exactly_the_permits_a_budget_holds_each_as_if_alone() {
        // 300 requests at once from 3 users of 40 permits each, one of them revoked: they travel in a few
        // script calls, and the outcome is what 300 calls one by one would give
        RequestBudgets budgets = new RequestBudgets(redisson, new Budget(1_000_000, Duration.ofMinutes(1)), new Budget(40, Duration.ofMinutes(1)));
        String revoked = "deny:" + UUID.randomUUID();
        redisson.getBucket(revoked, StringCodec.INSTANCE).set("1", Duration.ofMinutes(1));
        List<String> users = List.of("cus_" + UUID.randomUUID(), "cus_" + UUID.randomUUID(), "cus_" + UUID.randomUUID());
        List<CompletableFuture<Optional<RequestBudgets.Refusal>>> answers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String user = users.get(i % 3);
            answers.add(budgets.spendAsync("203.0.113.7", user, user.equals(users.get(2)) ? List.of(revoked) : List.of())
                    .toCompletableFuture());
        }

        Map<String, Long> spent = new HashMap<>();
        for (int i = 0; i < 300; i++) {
            Optional<RequestBudgets.Refusal> answer = answers.get(i).join();
            String user = users.get(i % 3);
            if (user.equals(users.get(2))) {
                assertThat(answer).contains(RequestBudgets.Refusal.VETOED);
            } else if (answer.isEmpty()) {
                spent.merge(user, 1L, Long::sum);
            } else {
                assertThat(answer.get().who()).isEqualTo("this user");
            }
        }
        assertThat(spent).containsEntry(users.get(0), 40L).containsEntry(users.get(1), 40L).hasSize(2);
        // the first 40 of each user were the ones spent: arrival order is kept
        for (int i = 0; i < 120; i++) {
            if (i % 3 != 2) {
                assertThat(answers.get(i).join()).isEmpty();
            }
        }
    }

    @Test
    void spendings_older_than_the_period_stop_counting_and_a_full_budget_is_trimmed_back() throws InterruptedException {
        String user = "cus_" + UUID.randomUUID();
        RequestBudgets budgets = new RequestBudgets(redisson, ADDRESS, new Budget(3, Duration.ofMillis(400)));
        for (int write = 1; write <= 3; write++) {
            assertThat(budgets.spendForUser(user)).isEmpty();
        }
        assertThat(budgets.spendForUser(user)).contains(Duration.ofMillis(400));

        Thread.sleep(500);

        // the three old spendings are still in the set (trimmed only when the count reaches the permits)
        assertThat(budgets.spendForUser(user)).isEmpty();
        assertThat(redisson.getScoredSortedSet("budget:user:" + user + ":3/400ms", StringCodec.INSTANCE).size())
                .isEqualTo(1);
        assertThat(budgets.spendForUser(user)).isEmpty();
        assertThat(budgets.spendForUser(user)).isEmpty();
        assertThat(budgets.spendForUser(user)).isPresent();
    }
}
