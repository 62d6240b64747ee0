package dev.concierge.projections.analytics.application;

import java.util.function.Supplier;

/**
 * Answers kept between identical questions until a metric changes. An implementation that cannot
 * reach its store computes the answer instead: a cache is never a reason to fail a read.
 */
public interface AnswerCache {

    /** The cached answer to {@code question}, or {@code compute}'s, cached, when there is none since the last change. */
    <T> T answer(String question, Class<T> type, Supplier<T> compute);

    /** Every cached answer is stale from now on. */
    void metricsChanged();

    /** No caching: every question is computed. */
    AnswerCache NONE = new AnswerCache() {
        @Override
        public <T> T answer(String question, Class<T> type, Supplier<T> compute) {
            return compute.get();
        }

        @Override
        public void metricsChanged() {
            // nothing is kept, so nothing goes stale
        }
    };
}
