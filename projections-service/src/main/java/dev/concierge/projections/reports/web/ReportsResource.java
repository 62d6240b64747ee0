package dev.concierge.projections.reports.web;

import dev.concierge.projections.analytics.web.DayParameters;
import dev.concierge.projections.reports.application.DailyReports;
import dev.concierge.projections.reports.domain.ReportFormat;
import dev.concierge.projections.reports.domain.ReportLinks;
import dev.concierge.projections.reports.domain.StoredReport;
import dev.concierge.projections.requests.domain.Viewer;
import dev.concierge.projections.requests.web.Callers;
import dev.concierge.projections.web.RefusedException;
import io.quarkus.security.ForbiddenException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The daily operations and financial reports: admins download them (CSV or PDF) and can make one now;
 * the notifier downloads the attachments of the admins' email with a signed link instead of a token.
 */
@Path("/v1/reports")
@Tag(name = "reports", description = "The daily operations and financial report, as CSV and PDF")
public class ReportsResource {

    private final DailyReports reports;
    private final ReportLinks links;
    private final Callers callers;
    private final Clock clock = Clock.systemUTC();

    ReportsResource(DailyReports reports, ReportLinks links, Callers callers) {
        this.reports = reports;
        this.links = links;
        this.callers = callers;
    }

    /** What making a report answers. */
    public record Generated(LocalDate day, int generation, Instant generatedAt, String notificationKey) {
    }

    @GET
    @Path("/{day}")
    @Blocking
    @Operation(summary = "A day's report: ?format=csv|pdf, else the Accept header (text/csv or application/pdf), else CSV")
    public Response download(@PathParam("day") String day, @QueryParam("format") String format,
            @QueryParam("expires") String expires, @QueryParam("signature") String signature,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        LocalDate date = DayParameters.day("day", day);
        ReportFormat chosen = format(format, accept);
        if (signature != null || expires != null) {
            if (format == null || !links.verify(date, chosen, expires, signature, clock.instant())) {
                throw new RefusedException(403, "bad-signature", "Bad signature",
                        "the report link is wrong or expired; ask an admin for the report", "signature");
            }
        } else {
            adminOnly();
        }
        StoredReport report = reports.find(date)
                .orElseThrow(() -> RefusedException.notFound("no report for " + date + " yet"));
        return Response.ok(report.content(chosen), chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"concierge-report-" + date + "."
                        + chosen.parameter() + "\"")
                .build();
    }

    @POST
    @Path("/{day}")
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Makes the day's report now (again, replacing it) and emails it to the admins")
    public Generated generate(@PathParam("day") String day) {
        adminOnly();
        StoredReport report = reports.generate(DayParameters.day("day", day));
        return new Generated(report.day(), report.generation(), report.generatedAt(), report.notificationKey());
    }

    private void adminOnly() {
        if (callers.viewer().role() != Viewer.Role.ADMIN) {
            throw new ForbiddenException();
        }
    }

    private static ReportFormat format(String format, String accept) {
        if (format != null) {
            return ReportFormat.ofParameter(format).orElseThrow(() -> RefusedException.badParameter("format",
                    "format must be csv or pdf, was '" + format + "'"));
        }
        return accept != null && accept.contains(ReportFormat.PDF.mediaType()) ? ReportFormat.PDF : ReportFormat.CSV;
    }
}
