package dev.concierge.projections.frontend;

import dev.concierge.projections.requests.web.Callers;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the front ends take from this deployment's configuration rather than from their build: the map's
 * tile source. Without one (the dev stack and tests: no internet here, and every tile server is on it) the
 * maps draw no tiles and still place a pin; production names e.g. OpenStreetMap's.
 */
@Path("/v1/web-config")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "front end", description = "Settings the dashboard and the web chat read at start")
public class WebConfigResource {

    private final Callers callers;
    private final WebConfig config;

    WebConfigResource(Callers callers,
            @ConfigProperty(name = "concierge.map.tile-url") Optional<String> tileUrl,
            @ConfigProperty(name = "concierge.map.attribution") Optional<String> attribution) {
        this.callers = callers;
        this.config = new WebConfig(tileUrl.filter(url -> !url.isBlank()).orElse(null),
                tileUrl.isPresent() ? attribution.orElse(null) : null);
    }

    @GET
    @Operation(summary = "The map tile URL template ({z}/{x}/{y}) and its attribution; null when the maps draw no tiles")
    public WebConfig get() {
        callers.viewer(); // any signed-in caller, like every other read of this API
        return config;
    }

    public record WebConfig(String mapTileUrl, String mapAttribution) {
    }
}
