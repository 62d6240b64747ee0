package dev.concierge.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UniqueNameTest {

    @Test
    void never_repeats_a_name_even_across_threads() throws Exception {
        // given four threads asking for 5,000 names each
        Set<String> names = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            // when
            List<Callable<Void>> askers = IntStream.range(0, 4)
                    .<Callable<Void>>mapToObj(thread -> () -> {
                        IntStream.range(0, 5_000).forEach(i -> names.add(TestInfra.uniqueName("orders")));
                        return null;
                    })
                    .toList();
            for (Future<Void> done : threads.invokeAll(askers)) {
                done.get();
            }
        } finally {
            threads.shutdown();
        }

        // then
        assertThat(names).hasSize(20_000);
    }

    @Test
    void keeps_the_prefix_and_stays_a_valid_topic_group_and_database_name() {
        // when
        String name = TestInfra.uniqueName("chat_messages");

        // then
        assertThat(name).startsWith("chat_messages-").matches("[a-z_]+-[a-z0-9]{6,}");
        assertThat(name.length()).isLessThan(64);
    }

    @Test
    void rejects_a_prefix_that_would_not_be_a_valid_topic_or_database_name() {
        assertThatThrownBy(() -> TestInfra.uniqueName("orders/eu"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("orders/eu");
        assertThatThrownBy(() -> TestInfra.uniqueName(""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
