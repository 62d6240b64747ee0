package dev.concierge.ingest.shared.application;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** Blocking on an asynchronous answer, for the callers that may hold their thread. */
public final class Answers {

    private Answers() {
    }

    /**
     * Waits for the answer and throws what it failed with, unwrapped, as a blocking client call would (a
     * {@code RedisException} rather than a {@code CompletionException} around it).
     */
    public static <T> T await(CompletionStage<T> answer) {
        try {
            return answer.toCompletableFuture().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
