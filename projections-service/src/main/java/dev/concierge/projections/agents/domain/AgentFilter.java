package dev.concierge.projections.agents.domain;

import dev.concierge.projections.paging.PageRequest;

/**
 * A query over the agent directory, by name then id: every criterion optional (null: any). {@code skill} is
 * a category they source; {@code text} a case-insensitive substring of the name or email.
 */
public record AgentFilter(Boolean online, String zone, String skill, String text, PageRequest page) {

    public static final String LIST = "agents";
}
