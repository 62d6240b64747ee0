package dev.concierge.payments.simulated;

import dev.concierge.payments.gateway.PaymentGateway;
import dev.concierge.payments.web.RefusedException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Dev and test controls of the simulated gateway, for journeys a pay page cannot click through:
 * {@code POST /simulated/refunds/fail-next?count=1} makes the next refunds fail ({@code refund.failed}).
 * Like the pay page it needs no login and exists only while the simulated gateway is the configured
 * one (never in production); the count lives in this process only.
 */
@Path("/simulated")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "simulated gateway", description = "Pay page of the local payment gateway (dev and test only)")
public class SimulatedControlsResource {

    private final PaymentGateway gateway;

    SimulatedControlsResource(PaymentGateway gateway) {
        this.gateway = gateway;
    }

    @POST
    @Path("/refunds/fail-next")
    @Operation(summary = "The next refunds fail: answered pending, then a signed refund.failed webhook")
    public Map<String, Integer> failNextRefunds(@QueryParam("count") @DefaultValue("1") int count) {
        if (!(gateway instanceof SimulatedGateway simulated)) {
            throw new NotFoundException("the simulated gateway's controls exist only with the simulated gateway");
        }
        if (count < 1 || count > 100) {
            throw new RefusedException(400, "invalid-input", "Invalid input",
                    "count must be between 1 and 100", "count");
        }
        return Map.of("refundsToFail", simulated.failNextRefunds(count));
    }
}
