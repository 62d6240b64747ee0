package dev.concierge.projections.agents.domain;

import dev.concierge.projections.figures.Figures;
import dev.concierge.schemas.common.RequestStatus;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An agent's workload and record: {@code openRequests} and {@code handled} are their requests now open and
 * closed (from the requests read model: the agent a request has now); {@code medianHandleSeconds} runs from
 * their assignment to the close of the requests they held last; {@code csat} is the mean rating of those
 * requests ({@code ratings} of them rated; null without any).
 */
public record AgentPerformance(long openRequests, Integer capacity, long handled, Long medianHandleSeconds,
        Double csat, long ratings) {

    /**
     * @param statusCounts how many requests the agent has now, per status
     * @param assignments every assignment of every request the agent was ever assigned, also to other agents
     * @param outcomes the outcomes of those requests by request id
     */
    public static AgentPerformance of(String agentId, Integer capacity, Map<RequestStatus, Long> statusCounts,
            List<AgentAssignment> assignments, Map<String, RequestOutcome> outcomes) {
        long open = statusCounts.entrySet().stream().filter(e -> e.getKey().isOpen()).mapToLong(Map.Entry::getValue).sum();
        long closed = statusCounts.entrySet().stream().filter(e -> !e.getKey().isOpen()).mapToLong(Map.Entry::getValue)
                .sum();
        List<AgentAssignment> heldLast = heldLastBy(agentId, assignments);
        List<Duration> handleTimes = heldLast.stream()
                .filter(a -> outcomes.containsKey(a.requestId()) && outcomes.get(a.requestId()).closedAt() != null)
                .map(a -> Duration.between(a.assignedAt(), outcomes.get(a.requestId()).closedAt()))
                .filter(d -> !d.isNegative()).toList();
        List<Integer> ratings = heldLast.stream().map(a -> outcomes.get(a.requestId())).filter(Objects::nonNull)
                .map(RequestOutcome::rating).filter(Objects::nonNull).toList();
        Double csat = ratings.isEmpty() ? null
                : Math.round(ratings.stream().mapToInt(Integer::intValue).average().orElseThrow() * 100) / 100.0;
        return new AgentPerformance(open, capacity, closed, Figures.medianSeconds(handleTimes), csat, ratings.size());
    }

    /** The agent's assignments of the requests whose latest assignment was to them: a reassigned request is the new agent's. */
    private static List<AgentAssignment> heldLastBy(String agentId, List<AgentAssignment> assignments) {
        Map<String, AgentAssignment> latest = assignments.stream().collect(Collectors.toMap(AgentAssignment::requestId,
                a -> a, (a, b) -> Comparator.comparing(AgentAssignment::assignedAt)
                        .thenComparing(AgentAssignment::agentId).compare(a, b) >= 0 ? a : b));
        return latest.values().stream().filter(a -> a.agentId().equals(agentId)).toList();
    }
}
