package dev.concierge.requests.config;

import dev.concierge.requests.assignment.Zones;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code concierge.assignment.*}: which cities have an agent pool (and decision point) of their own. */
@ConfigMapping(prefix = "concierge.assignment")
public interface AssignmentConfig {

    /** Cities with their own zone, e.g. {@code bengaluru,mumbai}; every other city is the default zone. */
    Optional<List<String>> zones();

    @WithDefault(Zones.DEFAULT)
    String defaultZone();

    default Zones toZones() {
        return new Zones(defaultZone(), Set.copyOf(zones().orElse(List.of())));
    }
}
