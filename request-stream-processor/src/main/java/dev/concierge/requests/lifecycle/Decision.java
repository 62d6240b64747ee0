package dev.concierge.requests.lifecycle;

import java.util.List;

/** The outcome of one input: new state with its facts and outbound work, or why nothing happened. */
public sealed interface Decision {

    /** {@code facts} may be empty when only bookkeeping changed (e.g. the agent's first reply). */
    record Accepted(RequestState state, List<Fact> facts, List<Outbound> outbound) implements Decision {
    }

    /** A command that is not valid now; becomes a CommandRejected fact. */
    record Rejected(String reason) implements Decision {
    }

    /** A fact or timer that no longer applies (duplicate, stale, or for an unknown request). */
    record Ignored(String reason) implements Decision {
    }
}
