package dev.concierge.projections.customers.web;

import dev.concierge.projections.customers.application.CustomerReading;
import dev.concierge.projections.customers.domain.CustomerFilter;
import dev.concierge.projections.customers.domain.CustomerProfile;
import dev.concierge.projections.requests.domain.Viewer;
import dev.concierge.projections.requests.web.Callers;
import dev.concierge.projections.requests.web.ListParameters;
import dev.concierge.projections.web.RefusedException;
import io.quarkus.security.ForbiddenException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The customers read model over HTTP: staff list and read every customer, a customer reads only
 * themselves ({@code /v1/customers/me}); phone, name, email and addresses decrypted, or null and
 * {@code erased} once the customer's data was erased.
 */
@Path("/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "customers", description = "Customers: the directory for staff, a customer's own profile")
public class CustomersResource {

    /** The answer of {@code GET /v1/customers}: newest customers first, and the cursor of the next page. */
    public record CustomerListView(List<CustomerProfile> items, String nextCursor) {
    }

    private final CustomerReading reading;
    private final Callers callers;

    CustomersResource(CustomerReading reading, Callers callers) {
        this.reading = reading;
        this.callers = callers;
    }

    @GET
    @Blocking
    @Operation(summary = "Customers newest first (staff only), by phone or first-seen range, with a cursor")
    public CustomerListView list(@QueryParam("phone") String phone, @QueryParam("sinceFrom") String sinceFrom,
            @QueryParam("sinceTo") String sinceTo, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Viewer viewer = callers.viewer();
        Instant from = ListParameters.instant("sinceFrom", sinceFrom);
        Instant to = ListParameters.instant("sinceTo", sinceTo);
        if (from != null && to != null && !from.isBefore(to)) {
            throw RefusedException.badParameter("sinceTo", "sinceTo must be after sinceFrom");
        }
        CustomerFilter filter = new CustomerFilter(ListParameters.blankToNull(phone), from, to,
                ListParameters.limit(limit), ListParameters.cursor(cursor));
        return reading.list(filter, viewer)
                .map(page -> new CustomerListView(page.items(), page.next().map(c -> c.encode()).orElse(null)))
                .orElseThrow(ForbiddenException::new);
    }

    @GET
    @Path("/me")
    @Blocking
    @Operation(summary = "The calling customer's own profile (empty until their first event reaches the read model)")
    public CustomerProfile me() {
        Viewer viewer = callers.viewer();
        if (viewer.isStaff()) {
            throw RefusedException.notFound("staff have no customer profile; use /v1/customers/{id}");
        }
        // The token proves the customer exists; right after the first sign-in their registration may not
        // have reached the read model yet. A 404 would read as "no such customer" (and is an error on the
        // web chat's console), so they get their profile as it stands: empty.
        return reading.profile(viewer.id(), viewer).orElseGet(() -> new CustomerProfile(viewer.id(), false, null,
                null, null, List.of(), null, List.of(), null, null, 0));
    }

    @GET
    @Path("/{customerId}")
    @Blocking
    @Operation(summary = "One customer: contact details, addresses, preferences, devices and request count")
    public CustomerProfile one(@PathParam("customerId") String customerId) {
        return profile(customerId, callers.viewer());
    }

    private CustomerProfile profile(String customerId, Viewer viewer) {
        return reading.profile(customerId, viewer)
                .orElseThrow(() -> RefusedException.notFound("no customer " + customerId));
    }
}
