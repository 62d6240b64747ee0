package dev.concierge.schemas.common;

/** Who issued a command: the JWT subject and its role (customer, agent, admin, system). */
public record Actor(String id, String role) {

    public static Actor system(String component) {
        return new Actor(component, "system");
    }
}
