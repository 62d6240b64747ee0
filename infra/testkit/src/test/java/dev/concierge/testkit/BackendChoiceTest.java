package dev.concierge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class BackendChoiceTest {

    private static final Map<String, String> ALL_ADDRESSES = Map.of(
            "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092",
            "REDIS_URL", "redis://127.0.0.1:6379",
            "MONGODB_URI", "mongodb://127.0.0.1:27017");

    private final AtomicInteger dockerProbes = new AtomicInteger();

    private BooleanSupplier docker(boolean answers) {
        return () -> {
            dockerProbes.incrementAndGet();
            return answers;
        };
    }

    @Test
    void starts_its_own_parts_when_the_environment_gives_nothing() {
        // given no addresses and no Testcontainers request
        // when
        BackendChoice choice = BackendChoice.decide(Map.of(), docker(true));

        // then
        assertThat(choice).extracting(BackendChoice::kafka, BackendChoice::redis, BackendChoice::mongo)
                .containsOnly(Backend.IN_JVM);
        assertThat(dockerProbes).as("Docker is only probed when Testcontainers is asked for").hasValue(0);
    }

    @Test
    void uses_the_addresses_from_the_environment_and_never_probes_docker() {
        // given every address, and Testcontainers requested as well
        Map<String, String> env = new java.util.HashMap<>(ALL_ADDRESSES);
        env.put("CONCIERGE_TESTCONTAINERS", "true");

        // when
        BackendChoice choice = BackendChoice.decide(env, docker(true));

        // then
        assertThat(choice).extracting(BackendChoice::kafka, BackendChoice::redis, BackendChoice::mongo)
                .containsOnly(Backend.FROM_ENVIRONMENT);
        assertThat(dockerProbes).hasValue(0);
    }

    @Test
    void uses_testcontainers_when_asked_and_a_docker_engine_answers() {
        // given
        Map<String, String> env = Map.of("CONCIERGE_TESTCONTAINERS", "true");

        // when
        BackendChoice choice = BackendChoice.decide(env, docker(true));

        // then
        assertThat(choice).extracting(BackendChoice::kafka, BackendChoice::redis, BackendChoice::mongo)
                .containsOnly(Backend.TESTCONTAINERS);
        assertThat(choice.reason()).contains("Testcontainers");
        assertThat(dockerProbes).hasValue(1);
    }

    @Test
    void falls_back_to_its_own_parts_when_testcontainers_is_asked_for_but_no_docker_engine_answers() {
        // given
        Map<String, String> env = Map.of("CONCIERGE_TESTCONTAINERS", "TRUE");

        // when
        BackendChoice choice = BackendChoice.decide(env, docker(false));

        // then
        assertThat(choice).extracting(BackendChoice::kafka, BackendChoice::redis, BackendChoice::mongo)
                .containsOnly(Backend.IN_JVM);
        assertThat(choice.reason()).contains("no Docker engine");
    }

    @Test
    void keeps_a_given_address_and_starts_containers_only_for_the_missing_parts() {
        // given a shared broker but no Redis or MongoDB address
        Map<String, String> env = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092",
                "CONCIERGE_TESTCONTAINERS", "true");

        // when
        BackendChoice choice = BackendChoice.decide(env, docker(true));

        // then
        assertThat(choice.kafka()).isEqualTo(Backend.FROM_ENVIRONMENT);
        assertThat(choice.redis()).isEqualTo(Backend.TESTCONTAINERS);
        assertThat(choice.mongo()).isEqualTo(Backend.TESTCONTAINERS);
    }

    @Test
    void treats_a_blank_address_as_not_given() {
        // given
        Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", "  ", "REDIS_URL", "redis://127.0.0.1:6390");

        // when
        BackendChoice choice = BackendChoice.decide(env, docker(true));

        // then
        assertThat(choice.kafka()).isEqualTo(Backend.IN_JVM);
        assertThat(choice.redis()).isEqualTo(Backend.FROM_ENVIRONMENT);
        assertThat(choice.mongo()).isEqualTo(Backend.IN_JVM);
    }

    @Test
    void ignores_a_testcontainers_flag_that_is_not_true() {
        // given
        Map<String, String> env = Map.of("CONCIERGE_TESTCONTAINERS", "yes please");

        // when
        BackendChoice choice = BackendChoice.decide(env, docker(true));

        // then
        assertThat(choice.kafka()).isEqualTo(Backend.IN_JVM);
        assertThat(dockerProbes).hasValue(0);
    }
}
