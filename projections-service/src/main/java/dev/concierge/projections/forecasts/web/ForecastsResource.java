package dev.concierge.projections.forecasts.web;

import dev.concierge.projections.forecasts.application.Forecasts;
import dev.concierge.projections.requests.web.Callers;
import dev.concierge.projections.requests.web.ListParameters;
import dev.concierge.schemas.forecasts.DemandForecast;
import io.quarkus.security.ForbiddenException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The latest demand forecast per category, for staff. */
@Path("/v1/forecasts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "forecasts", description = "Hourly requests per category and the next 24 hours' forecast")
public class ForecastsResource {

    private final Forecasts forecasts;
    private final Callers callers;

    ForecastsResource(Forecasts forecasts, Callers callers) {
        this.forecasts = forecasts;
        this.callers = callers;
    }

    @GET
    @Blocking
    @Operation(summary = "Every category's latest forecast (or one category's), by category")
    public List<DemandForecast> list(@QueryParam("category") String category) {
        if (!callers.viewer().isStaff()) {
            throw new ForbiddenException();
        }
        return forecasts.list(ListParameters.blankToNull(category));
    }
}
