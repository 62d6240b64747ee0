package dev.concierge.projections.rebuild.domain;

/** Where a rebuild is: replaying (also while catching up after the switch), done and switched, or given up. */
public enum RebuildState {
    RUNNING, SWITCHED, FAILED
}
