package dev.concierge.requests.assignment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Service zones: the cities with an agent pool of their own. A request belongs to the zone of its
 * delivery city, an agent to the zone they work in; a city without a zone of its own belongs to
 * the default zone. Each zone has its own assignment decision point, so zones spread over
 * partitions while every agent stays within capacity inside their zone.
 */
public record Zones(String defaultZone, Set<String> own) {

    public static final String DEFAULT = "default";

    public Zones {
        defaultZone = normalise(defaultZone);
        own = own.stream().map(Zones::normalise).filter(zone -> !zone.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Every city in one zone: one decision point, as before zones existed. */
    public static Zones single() {
        return new Zones(DEFAULT, Set.of());
    }

    /** A request's zone; an unknown, blank or odd city is served by the default zone rather than lost. */
    public String ofCity(String city) {
        String zone = city == null ? "" : normalise(city);
        return own.contains(zone) ? zone : defaultZone;
    }

    /**
     * An agent's zone; absent means the default zone. A zone that names no city at all is a bad
     * record, not a guess.
     */
    public String ofAgent(String zone) {
        if (zone == null) {
            return defaultZone;
        }
        String normalised = normalise(zone);
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("agent zone '" + zone + "' names no city");
        }
        return own.contains(normalised) ? normalised : defaultZone;
    }

    /** "  Navi Mumbai " and "navi-mumbai" are one zone; accents and case do not matter. */
    static String normalise(String city) {
        String plain = Normalizer.normalize(city, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }
}
