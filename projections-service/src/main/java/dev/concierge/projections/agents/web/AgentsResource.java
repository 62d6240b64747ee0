package dev.concierge.projections.agents.web;

import dev.concierge.projections.agents.application.AgentReading;
import dev.concierge.projections.agents.domain.Agent;
import dev.concierge.projections.agents.domain.AgentDetail;
import dev.concierge.projections.agents.domain.AgentFilter;
import dev.concierge.projections.requests.web.Callers;
import dev.concierge.projections.web.ListView;
import dev.concierge.projections.web.Paging;
import dev.concierge.projections.web.RefusedException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agent directory with each agent's workload, handle time and CSAT, for agents and admins (customers: 403). */
@Path("/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agents", description = "Agents: availability, open workload, handled requests, median handle time, CSAT")
public class AgentsResource {

    private final AgentReading reading;
    private final Callers callers;

    AgentsResource(AgentReading reading, Callers callers) {
        this.reading = reading;
        this.callers = callers;
    }

    @GET
    @Blocking
    @Operation(summary = "Agents by name, filtered by presence, zone, skill and text, with a cursor to the next page")
    public ListView<Agent> list(@QueryParam("online") String online, @QueryParam("zone") String zone,
            @QueryParam("skill") String skill, @QueryParam("q") String q, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        callers.staff();
        AgentFilter filter = new AgentFilter(Paging.bool("online", online), Paging.blankToNull(zone),
                Paging.blankToNull(skill), Paging.blankToNull(q), Paging.of(AgentFilter.LIST, limit, cursor));
        return ListView.of(reading.list(filter));
    }

    @GET
    @Path("/{agentId}")
    @Blocking
    @Operation(summary = "One agent: profile, presence, open workload, handled, median handle time and CSAT")
    public AgentDetail detail(@PathParam("agentId") String agentId) {
        callers.staff();
        return reading.detail(agentId).orElseThrow(() -> RefusedException.notFound("no agent " + agentId));
    }
}
