package dev.concierge.bench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatMarkersTest {

    @Test
    void a_message_event_of_this_run_names_the_sequence_its_marker_carries() {
        assertThat(ChatMarkers.pushedSequence(message(ChatMarkers.marker(7, 12)), 7)).isEqualTo("12");
    }

    @Test
    void another_runs_marker_and_a_request_snapshot_quoting_the_text_are_not_this_runs_push() {
        assertThat(ChatMarkers.pushedSequence(message(ChatMarkers.marker(6, 12)), 7)).isNull();
        assertThat(ChatMarkers.pushedSequence("{\"kind\":\"request\",\"requestId\":\"req_a\",\"data\":{\"lastMessage\":\""
                + ChatMarkers.marker(7, 12) + "\"}}", 7)).isNull();
        assertThat(ChatMarkers.pushedSequence(message("no marker here"), 7)).isNull();
    }

    @Test
    void a_marker_is_read_whole_so_run_7_is_not_mistaken_for_run_70() {
        assertThat(ChatMarkers.pushedSequence(message(ChatMarkers.marker(70, 1)), 7)).isNull();
    }

    private static String message(String text) {
        return "{\"kind\":\"message\",\"requestId\":\"req_a\",\"data\":{\"author\":\"CUSTOMER\",\"text\":\"Also add ORS "
                + text + "\"}}";
    }
}
