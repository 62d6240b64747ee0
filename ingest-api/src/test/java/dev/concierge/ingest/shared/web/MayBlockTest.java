package dev.concierge.ingest.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.concierge.testkit.ConciergeTestResource;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ConciergeTestResource.class)
class MayBlockTest {

    @Inject
    Vertx vertx;

    @Test
    void work_started_on_the_event_loop_runs_on_a_worker_that_may_block() throws Exception {
        CompletableFuture<String> ranOn = new CompletableFuture<>();
        CompletableFuture<Boolean> startedOnEventLoop = new CompletableFuture<>();

        vertx.runOnContext(ignored -> {
            startedOnEventLoop.complete(!BlockingOperationControl.isBlockingAllowed());
            MayBlock.run(MayBlockTest::whereAmI).subscribe().with(ranOn::complete, ranOn::completeExceptionally);
        });

        assertThat(startedOnEventLoop.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ranOn.get(10, TimeUnit.SECONDS)).endsWith("may block").doesNotStartWith("vert.x-eventloop");
    }

    @Test
    void work_started_where_blocking_is_allowed_runs_right_there() {
        String caller = Thread.currentThread().getName();

        String ranOn = MayBlock.run(MayBlockTest::whereAmI).await().atMost(Duration.ofSeconds(10));

        assertThat(ranOn).isEqualTo(caller + " may block");
    }

    private static String whereAmI() {
        return Thread.currentThread().getName() + (BlockingOperationControl.isBlockingAllowed() ? " may block" : " must not block");
    }
}
