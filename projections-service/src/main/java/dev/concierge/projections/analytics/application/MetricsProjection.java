package dev.concierge.projections.analytics.application;

import dev.concierge.projections.analytics.domain.MetricFact;

/** Applies metric facts; a fact that changed something makes every cached analytics answer stale. */
public final class MetricsProjection {

    private final MetricsRecorder recorder;
    private final AnswerCache cache;

    public MetricsProjection(MetricsRecorder recorder, AnswerCache cache) {
        this.recorder = recorder;
        this.cache = cache;
    }

    public void apply(MetricFact fact) {
        if (recorder.record(fact)) {
            cache.metricsChanged();
        }
    }
}
