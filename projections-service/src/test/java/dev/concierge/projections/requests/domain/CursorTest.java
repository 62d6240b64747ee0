package dev.concierge.projections.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void a_cursor_reads_back_as_itself() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-30T10:00:00.123Z"), "req_a:b");

        assertThat(Cursor.decode(cursor.encode())).contains(cursor);
    }

    @Test
    void a_cursor_remembers_the_order_it_was_listed_in() {
        Cursor cursor = new Cursor(RequestSort.DUE_SOONEST, Instant.parse("2026-12-01T10:00:00Z"), "req_1");

        assertThat(Cursor.decode(cursor.encode())).hasValueSatisfying(read -> assertThat(read.sort())
                .isEqualTo(RequestSort.DUE_SOONEST));
    }

    @Test
    void tokens_this_service_did_not_write_are_not_cursors() {
        assertThat(Cursor.decode("not-a-cursor")).isEmpty();
        assertThat(Cursor.decode("%%%")).isEmpty();
        assertThat(Cursor.decode("djI6TkVXRVNUOmFiYzpyZXFfMQ")).as("v2:NEWEST:abc:req_1, no number").isEmpty();
        assertThat(Cursor.decode("djI6TEFURVNUOjE6cmVxXzE")).as("v2:LATEST:1:req_1, no such order").isEmpty();
        assertThat(Cursor.decode("")).isEmpty();
    }
}
