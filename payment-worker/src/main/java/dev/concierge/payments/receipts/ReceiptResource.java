package dev.concierge.payments.receipts;

import dev.concierge.payments.web.RefusedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /v1/receipts/{paymentId}}: the PDF, either with a signed link ({@code expires} and
 * {@code signature}, for the notifier, no token) or with the ingest API's JWT (the customer who paid,
 * or staff). Another customer gets 404 as for a payment without a receipt: the answer does not tell
 * them that the payment exists.
 */
@Path("/v1/receipts/{paymentId}")
@Tag(name = "receipts", description = "PDF receipts of captured payments")
public class ReceiptResource {

    static final String PDF = "application/pdf";

    private final ReceiptStore store;
    private final ReceiptLinks links;
    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final Clock clock;

    ReceiptResource(ReceiptStore store, ReceiptLinks links, SecurityIdentity identity, JsonWebToken token, Clock clock) {
        this.store = store;
        this.links = links;
        this.identity = identity;
        this.token = token;
        this.clock = clock;
    }

    @GET
    @Blocking
    @Produces(PDF)
    @Operation(summary = "The PDF receipt of a payment: to the paying customer and staff (JWT), or with a signed link")
    public Response receipt(@PathParam("paymentId") String paymentId, @QueryParam("expires") String expires,
            @QueryParam("signature") String signature) {
        if (expires != null || signature != null) {
            if (!links.verify(paymentId, expires, signature, clock.instant())) {
                throw new RefusedException(403, "bad-signature", "Link not valid", "the receipt link is not valid or has "
                        + "expired; ask for a new one", "signature");
            }
            return pdf(found(paymentId));
        }
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        StoredReceipt receipt = found(paymentId);
        if (!ReceiptAccess.mayRead(receipt, token.getSubject(), identity.getRoles())) {
            throw RefusedException.notFound("no receipt of payment " + paymentId);
        }
        return pdf(receipt);
    }

    private StoredReceipt found(String paymentId) {
        return store.byPaymentId(paymentId).orElseThrow(() -> RefusedException.notFound("no receipt of payment " + paymentId));
    }

    private static Response pdf(StoredReceipt receipt) {
        return Response.ok(receipt.pdf(), PDF)
                .header("Content-Disposition", "inline; filename=\"receipt-" + receipt.paymentId() + ".pdf\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
