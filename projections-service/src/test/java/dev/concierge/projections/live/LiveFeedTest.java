package dev.concierge.projections.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.projections.requests.domain.Viewer;
import dev.concierge.schemas.envelope.EventCodec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

    private static final int CLIENT_BUFFER = 4;

    private final LiveFeed feed = new LiveFeed(EventCodec.standard(), new SimpleMeterRegistry(), 100, CLIENT_BUFFER);
    private final Viewer admin = new Viewer("adm_1", Viewer.Role.ADMIN);

    @Test
    void a_stream_that_falls_further_behind_than_its_buffer_ends_cleanly_after_writing_what_it_had_queued() {
        AssertSubscriber<LiveEvent> slow = feed.streamFor(admin, null).subscribe().withSubscriber(AssertSubscriber.create(1));
        slow.awaitItems(1); // the ready event; its connection writes nothing more for now

        for (int i = 0; i < CLIENT_BUFFER * 3; i++) {
            feed.typing("req_" + i, "{}", "cus_1");
        }
        slow.assertNotTerminated(); // what was queued before the overflow is still written first
        slow.request(CLIENT_BUFFER * 3);

        slow.assertCompleted();
        assertThat(slow.getItems()).hasSizeLessThan(1 + CLIENT_BUFFER * 3).extracting(event -> event.change().kind())
                .startsWith("ready", "typing");
    }

    @Test
    void a_stream_that_keeps_up_gets_every_change_it_may_see_and_stays_open() {
        AssertSubscriber<LiveEvent> customer = feed.streamFor(new Viewer("cus_1", Viewer.Role.CUSTOMER), null)
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        for (int i = 0; i < CLIENT_BUFFER * 10; i++) {
            feed.typing("req_" + i, "{}", i % 2 == 0 ? "cus_1" : "cus_2");
        }

        customer.assertNotTerminated();
        assertThat(customer.getItems()).hasSize(1 + CLIENT_BUFFER * 5);
    }
}
