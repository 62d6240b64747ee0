package dev.concierge.projections.analytics.web;

import dev.concierge.projections.analytics.application.AnalyticsReading;
import dev.concierge.projections.analytics.domain.DailyFigures;
import dev.concierge.projections.analytics.domain.Realtime;
import dev.concierge.projections.analytics.domain.Summary;
import dev.concierge.projections.requests.web.Callers;
import io.quarkus.security.ForbiddenException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The analytics over HTTP, for staff (agents and admins) only. Days are in the business time zone
 * ({@code concierge.analytics.zone}, Asia/Kolkata by default), named in every answer.
 */
@Path("/v1/analytics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analytics", description = "Funnel, times, money, CSAT and behaviour per period, day and category; today so far")
public class AnalyticsResource {

    private final AnalyticsReading reading;
    private final Callers callers;

    AnalyticsResource(AnalyticsReading reading, Callers callers) {
        this.reading = reading;
        this.callers = callers;
    }

    @GET
    @Path("/summary")
    @Blocking
    @Operation(summary = "The figures of the requests created from one day to another (both included), optionally of one category")
    public Summary summary(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("category") String category) {
        staffOnly();
        LocalDate first = DayParameters.day("from", from);
        return reading.summary(first, DayParameters.to(first, to), category == null || category.isBlank() ? null : category);
    }

    @GET
    @Path("/daily")
    @Blocking
    @Operation(summary = "The figures of each day from one day to another, in total and per category")
    public List<DailyFigures> daily(@QueryParam("from") String from, @QueryParam("to") String to) {
        staffOnly();
        LocalDate first = DayParameters.day("from", from);
        return reading.daily(first, DayParameters.to(first, to));
    }

    @GET
    @Path("/realtime")
    @Blocking
    @Operation(summary = "Today so far: open requests per status, requests created and first paid today, money captured today")
    public Realtime realtime() {
        staffOnly();
        return reading.realtime();
    }

    private void staffOnly() {
        if (!callers.viewer().isStaff()) {
            throw new ForbiddenException();
        }
    }
}
