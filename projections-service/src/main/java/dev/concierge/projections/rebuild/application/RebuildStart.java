package dev.concierge.projections.rebuild.application;

import dev.concierge.projections.rebuild.domain.RebuildReport;

/** What asking for a rebuild gave: one started, or none because one is running already. */
public sealed interface RebuildStart permits RebuildStart.Started, RebuildStart.AlreadyRunning {

    RebuildReport report();

    record Started(RebuildReport report) implements RebuildStart {
    }

    record AlreadyRunning(RebuildReport report) implements RebuildStart {
    }
}
