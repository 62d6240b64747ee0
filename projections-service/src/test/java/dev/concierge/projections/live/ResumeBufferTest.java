package dev.concierge.projections.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResumeBufferTest {

    private final ResumeBuffer buffer = new ResumeBuffer("run1", 3);

    @Test
    void after_an_id_come_exactly_the_later_changes_oldest_first_as_replays() {
        List<LiveEvent> added = List.of(buffer.add(change("a")), buffer.add(change("b")), buffer.add(change("c")));

        assertThat(buffer.after(added.get(0).id())).hasValueSatisfying(missed -> {
            assertThat(missed).extracting(event -> event.change().requestId()).containsExactly("b", "c");
            assertThat(missed).noneMatch(LiveEvent::timed);
        });
        assertThat(buffer.after(added.get(2).id())).hasValueSatisfying(missed -> assertThat(missed).isEmpty());
    }

    @Test
    void an_id_whose_successors_were_dropped_from_another_run_or_from_the_future_is_no_place_to_resume() {
        LiveEvent first = buffer.add(change("a"));
        buffer.add(change("b"));
        LiveEvent third = buffer.add(change("c"));
        buffer.add(change("d")); // drops "a": after "a" everything is still here
        buffer.add(change("e")); // drops "b": after "a", "b" is missing

        assertThat(buffer.after(first.id())).isEmpty();
        assertThat(buffer.after(third.id())).hasValueSatisfying(missed -> assertThat(missed).hasSize(2));
        assertThat(buffer.after("run0-2")).isEmpty();
        assertThat(buffer.after("run1-99")).isEmpty();
        assertThat(buffer.after("run1-x")).isEmpty();
    }

    private static LiveChange change(String requestId) {
        return new LiveChange("request", requestId, "{}", "cus_1", null);
    }
}
