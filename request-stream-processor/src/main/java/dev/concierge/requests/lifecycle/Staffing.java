package dev.concierge.requests.lifecycle;

import dev.concierge.requests.assignment.AssignmentDecision;
import dev.concierge.schemas.common.Channel;
import dev.concierge.schemas.common.Recipient;
import dev.concierge.schemas.requests.RequestCommand.AssignAgent;
import dev.concierge.schemas.requests.RequestEvent.AgentAssigned;
import dev.concierge.schemas.requests.RequestEvent.AssignmentQueued;
import dev.concierge.schemas.requests.RequestEvent.SlaBreached;
import dev.concierge.schemas.requests.RequestSnapshot;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Who works on the request, and the service levels that escalate when nobody does. */
final class Staffing {

    Decision assignManually(Input.Command input, Changes changes) {
        AssignAgent c = (AssignAgent) input.command();
        String current = changes.state().snapshot().agentId();
        if (c.agentId().equals(current)) {
            return new Decision.Rejected("the request is already assigned to " + current);
        }
        assign(changes, c.agentId(), current, true);
        return changes.accept();
    }

    /** The roster's answer; repeating what is already true changes nothing. */
    Decision decided(Input.AgentDecision input, Changes changes) {
        RequestSnapshot s = changes.state().snapshot();
        AssignmentDecision decision = input.decision();
        if (decision instanceof AssignmentDecision.Assigned assigned) {
            if (!assigned.agentId().equals(s.agentId())) {
                assign(changes, assigned.agentId(), s.agentId(), false);
            }
        } else if (decision instanceof AssignmentDecision.Queued queued) {
            if (s.agentId() != null || !s.flags().contains(Flags.WAITING_FOR_AGENT)) {
                changes.fact(new AssignmentQueued(s.requestId(), queued.reason()));
                if (queued.previousAgentId() != null) {
                    changes.notify(Changes.ADMINS, List.of(Channel.IN_APP), "admin.request-unstaffed",
                            Map.of("requestId", s.requestId(), "previousAgentId", queued.previousAgentId()));
                }
            }
        }
        return changes.accept();
    }

    Decision agentSpoke(Changes changes) {
        changes.note(RequestState::withAgentReplied);
        return changes.accept();
    }

    /** An SLA passed: recorded as a fact (the roster reassigns on it) and admins are told. */
    Decision breached(Deadline sla, Instant due, Changes changes) {
        RequestSnapshot s = changes.state().snapshot();
        changes.fact(new SlaBreached(s.requestId(), sla.sla(), due, s.status()))
                .notifyAdmins("admin.sla-breached",
                        Map.of("requestId", s.requestId(), "sla", sla.name(), "status", s.status().name()));
        if (sla == Deadline.PAYMENT) {
            changes.notifyCustomer("request.payment-reminder", Map.of("requestId", s.requestId()));
        }
        return changes.accept();
    }

    private static void assign(Changes changes, String agentId, String previous, boolean manual) {
        String requestId = changes.requestId();
        changes.fact(new AgentAssigned(requestId, agentId, previous, manual))
                .notify(new Recipient(agentId, Recipient.Kind.AGENT, null, null), List.of(Channel.IN_APP),
                        "agent.request-assigned", Map.of("requestId", requestId));
    }
}
