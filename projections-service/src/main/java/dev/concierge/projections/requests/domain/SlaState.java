package dev.concierge.projections.requests.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a request stands against its published promises (the snapshot's deadlines that watch an SLA):
 * {@code breached} when the processor flagged a breach or an SLA deadline has passed, {@code due-soon}
 * when the next one falls within the due-soon window, {@code ok} otherwise (also with no SLA running).
 */
public enum SlaState {
    OK("ok"),
    DUE_SOON("due-soon"),
    BREACHED("breached");

    private final String parameter;

    SlaState(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<SlaState> ofParameter(String value) {
        return Arrays.stream(values()).filter(state -> state.parameter.equals(value)).findFirst();
    }

    /** The two instants the states are told apart by, as of {@code now}. */
    public record Window(Instant now, Duration dueSoon) {

        /** An SLA deadline at or before this has been missed. */
        public Instant breachedBy() {
            return now;
        }

        /** An SLA deadline after {@link #breachedBy()} and at or before this is due soon. */
        public Instant dueSoonBy() {
            return now.plus(dueSoon);
        }
    }
}
