package dev.concierge.projections.analytics.application;

import dev.concierge.projections.analytics.domain.MetricFact;

/** Where metric facts are kept ({@code request_metrics}); recording one twice changes nothing. */
public interface MetricsRecorder {

    /** True when the fact changed what is kept (false for a repeat or an earlier "first" already known). */
    boolean record(MetricFact fact);
}
