package dev.concierge.bench.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BareFrontTest {

    @Test
    void records_are_keyed_by_the_request_in_the_path_as_ingest_api_keys_them() {
        assertThat(BareFront.requestIdOf("/v1/requests/req_01JABC/messages")).isEqualTo("req_01JABC");
    }

    @Test
    void a_path_without_a_request_is_its_own_key() {
        assertThat(BareFront.requestIdOf("/health")).isEqualTo("/health");
    }
}
