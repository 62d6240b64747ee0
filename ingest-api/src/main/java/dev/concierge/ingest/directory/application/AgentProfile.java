package dev.concierge.ingest.directory.application;

import java.util.List;

/** Everything that describes an agent in the directory. */
public record AgentProfile(String name, String email, String phone, List<String> skills, int capacity) {
}
