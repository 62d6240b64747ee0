package dev.concierge.ingest.shared.web;

import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.function.Supplier;

/**
 * Work that may block (a synchronous Redis or MongoDB call) run from code that serves both kinds of
 * endpoint: inline on a worker thread, handed to the worker pool on the event loop, which must never
 * wait. RESTEasy Reactive resumes the request on its own thread when the work is done.
 */
public final class MayBlock {

    private MayBlock() {
    }

    public static <T> Uni<T> run(Supplier<T> work) {
        Uni<T> uni = Uni.createFrom().item(work);
        return BlockingOperationControl.isBlockingAllowed() ? uni : uni.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
