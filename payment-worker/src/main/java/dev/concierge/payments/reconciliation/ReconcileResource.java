package dev.concierge.payments.reconciliation;

import dev.concierge.payments.application.Reconciliation;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /v1/reconcile} (admins): one reconciliation run now, answered with its summary. */
@Path("/v1/reconcile")
@Tag(name = "reconciliation", description = "Makes up for gateway webhooks that never came")
public class ReconcileResource {

    private final Reconciliation reconciliation;

    ReconcileResource(Reconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @POST
    @Blocking
    @RolesAllowed("admin")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the gateway about links not yet settled and emit the captures and expiries webhooks missed")
    public Reconciliation.Summary reconcile() {
        return reconciliation.run();
    }
}
