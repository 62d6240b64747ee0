package dev.concierge.ingest.directory.application;

import java.util.List;

/**
 * Everything that describes an agent in the directory; {@code zone} is the service city they work in
 * ({@code null}: the default zone, which serves every city without a zone of its own).
 */
public record AgentProfile(String name, String email, String phone, List<String> skills, int capacity, String zone) {
}
