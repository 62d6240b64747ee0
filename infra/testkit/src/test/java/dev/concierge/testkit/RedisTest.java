package dev.concierge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

class RedisTest {

    private static RedissonClient redisson;

    @BeforeAll
    static void connect() {
        Config config = new Config();
        config.useSingleServer().setAddress(TestInfra.redisUrl());
        redisson = Redisson.create(config);
    }

    @AfterAll
    static void disconnect() {
        redisson.shutdown();
    }

    @Test
    void stores_and_returns_a_value_through_redisson() {
        // given
        RBucket<String> otp = redisson.getBucket(TestInfra.uniqueName("otp"));

        // when
        otp.set("482913", Duration.ofMinutes(5));

        // then
        assertThat(redisson.<String>getBucket(otp.getName()).get()).isEqualTo("482913");
    }

    @Test
    void keeps_only_the_first_writer_of_an_idempotency_key() {
        // given
        RBucket<String> key = redisson.getBucket(TestInfra.uniqueName("idempotency"));

        // when
        boolean first = key.setIfAbsent("event-1");
        boolean second = key.setIfAbsent("event-2");

        // then
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(key.get()).isEqualTo("event-1");
    }

    @Test
    void is_reached_at_a_redis_url() {
        assertThat(TestInfra.redisUrl()).matches("redis://[^:/]+:\\d+");
    }
}
