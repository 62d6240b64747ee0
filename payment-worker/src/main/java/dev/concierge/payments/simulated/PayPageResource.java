package dev.concierge.payments.simulated;

import dev.concierge.payments.gateway.PaymentGateway;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The simulated gateway's hosted checkout: {@code GET /pay/{linkId}} shows the link, its Pay and
 * Fail buttons post back here. Like Razorpay's hosted page it needs no login (the link id is the
 * capability); it exists only while the simulated gateway is the configured one, else every path is 404.
 */
@Path("/pay/{linkId}")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "simulated gateway", description = "Pay page of the local payment gateway (dev and test only)")
public class PayPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PayPageView view);
    }

    private final PaymentGateway gateway;

    PayPageResource(PaymentGateway gateway) {
        this.gateway = gateway;
    }

    @GET
    @Blocking
    @Operation(summary = "The pay page of a link: amount, description, state, Pay and Fail")
    public TemplateInstance show(@PathParam("linkId") String linkId) {
        Checkout checkout = checkout();
        return Templates.page(PayPageView.of(found(checkout.link(linkId)), checkout.now()));
    }

    @POST
    @Path("/pay")
    @Blocking
    @Operation(summary = "Pay the link: posts signed payment.captured and payment_link.paid webhooks (once per link)")
    public TemplateInstance pay(@PathParam("linkId") String linkId) {
        return click(linkId, Checkout::pay);
    }

    @POST
    @Path("/fail")
    @Blocking
    @Operation(summary = "Fail a payment attempt: posts a signed payment.failed webhook; the link stays payable")
    public TemplateInstance fail(@PathParam("linkId") String linkId) {
        return click(linkId, Checkout::fail);
    }

    /** A button: what it did, shown on the same page. */
    private TemplateInstance click(String linkId, BiFunction<Checkout, String, Optional<Checkout.Outcome>> button) {
        Checkout checkout = checkout();
        return Templates.page(PayPageView.after(found(button.apply(checkout, linkId)), checkout.now()));
    }

    private Checkout checkout() {
        if (gateway instanceof SimulatedGateway simulated) {
            return simulated.checkout();
        }
        throw new NotFoundException("pay pages exist only with the simulated payment gateway");
    }

    private static <T> T found(Optional<T> value) {
        return value.orElseThrow(() -> new NotFoundException("no such payment link"));
    }
}
